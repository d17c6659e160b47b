q)/ dsave saves global tables splayed and enumerated, the first column parted (docs/ref/dsave.md)
q)t:([]sym:`c`a`b`a;price:1 2 3 4f;size:10 20 30 40)
q)q:([]sym:`b`a`b;bid:1 2 3f;ask:4 5 6f;bsize:1 2 3;asize:4 5 6)
q)meta t
c    | t f a
-----| -----
sym  | s
price| f
size | j
q)`:db1 dsave `sym xasc/:`t`q
`t`q
q)\l db1
q)meta t
c    | t f a
-----| -----
sym  | s   p
price| f
size | j
q)meta q
c    | t f a
-----| -----
sym  | s   p
bid  | f
ask  | f
bsize| j
asize| j
q)select sym,size from t
sym size
--------
a   20
a   40
b   30
c   10
q)/ the left argument a list: the root, then a path within it, here a partition
q)\cd ..
q)t:([]sym:`c`a`b`a;price:1 2 3 4f;size:10 20 30 40)
q)`:db2`2015.01.01 dsave `sym xasc`t
`t
q)\l db2
q)meta t
c    | t f a
-----| -----
date | d
sym  | s   p
price| f
size | j
q)select from t where date=2015.01.01
date       sym price size
-------------------------
2015.01.01 a   2     20
2015.01.01 a   4     40
2015.01.01 b   3     30
2015.01.01 c   1     10
