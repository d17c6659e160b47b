q)/ a splayed column of symbol lists is enumerated against sym, and meta calls it S (kdb+ 3.3)
q)`:db/t/ set .Q.en[`:db;([]a:1 2;s:(`a`b;enlist`c))]
`:db/t/
q)meta get`:db/t/
c| t f a
-| -----
a| j    
s| S    
q)x:`sym?`p`q
q)meta ([]s:(x;x);n:(1 2;3 4))
c| t f a
-| -----
s| S    
n| J    
