q)/ month and int partitions: the virtual column is named after the field
q)m:([]sym:`a`b`a;v:1 2 3)
q){.Q.dpft[`:mdb;x;`sym;`m]}each 2026.01m 2026.02m
`m`m
q){.Q.dpft[`:idb;x;`sym;`m]}each 7 12
`m`m
q)key `:idb
`12`7`sym
q)\l mdb
q).Q.pf
`month
q)month
2026.01 2026.02m
q)select sum v by month from m
month  | v
-------| -
2026.01| 6
2026.02| 6
q)select from m where month=2026.02m,v>1
month   sym v
-------------
2026.02 a   3
2026.02 b   2
q)\l ../idb
q).Q.pf
`int
q)int
7 12
q)meta m
c  | t f a
---| -----
int| j    
sym| s   p
v  | j    
q)select count i by int from m
int| x
---| -
7  | 3
12 | 3
q)/ .Q.li adds an int partition named as a long (as .Q.pv lists them) or an int
q)`:9/m/ set .Q.en[`:.] ([]sym:`c`d;v:4 5)
`:9/m/
q).Q.li 9;.Q.PV
7 9 12
q)`:10/m/ set .Q.en[`:.] ([]sym:`c;v:6)
`:10/m/
q).Q.li 10i;select count i by int from m
int| x
---| -
7  | 3
9  | 2
10 | 1
12 | 3
q)exec int from m where v>4
9 10
