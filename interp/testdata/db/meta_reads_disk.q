q)/ meta of a partitioned table describes the last partition as it is on
q)/ disk now (.Q.V reads the last partition): columns that maintenance
q)/ scripts add, copy or delete show before the database is loaded again
q)`:hdb/2024.03.01/quote/ set .Q.en[`:hdb] ([]sym:`x`y;bid:(1 2f;3 4 5f))
`:hdb/2024.03.01/quote/
q)`:hdb/2024.03.02/quote/ set .Q.en[`:hdb] ([]sym:`p#`y`y;bid:(6 7f;enlist 8f))
`:hdb/2024.03.02/quote/
q)\l hdb
q)meta quote
c   | t f a
----| -----
date| d    
sym | s   p
bid | F    
q)`:2024.03.02/quote/mid set 1.5 2.5
`:2024.03.02/quote/mid
q)@[`:2024.03.02/quote;`.d;,;`mid]
`:2024.03.02/quote
q)meta quote
c   | t f a
----| -----
date| d    
sym | s   p
bid | F    
mid | f    
q)@[`:2024.03.02/quote;`.d;:;`sym`mid]
`:2024.03.02/quote
q)meta quote
c   | t f a
----| -----
date| d    
sym | s   p
mid | f    
q)cols quote
`date`sym`bid
