q)/ aggregates over partitions are combined as kdb+ combines them (map-reduce:
q)/ docs/wp/columnar-database): each must equal the same query on the rows in memory
q)n:1000
q)t:([]sym:n#`c`a`d`b`a;price:@[0.5*til n;7*til 20;:;0n];size:@[1+til[n] mod 37;11*til 9;:;0N];flag:n#10110b)
q){.Q.dpft[`:db;x;`sym;`t]}each 2026.01.01+til 4
`t`t`t`t
q)\l db
q)m:select from t
q)count m
4000
q)(select sum size,count i,avg price,min size,max price,first price,last size,prd 1+flag by sym from t)~select sum size,count i,avg price,min size,max price,first price,last size,prd 1+flag by sym from m
1b
q)(select size wavg price,wavg[size;price],size wsum price,avg size,sum price*size by sym from t where flag)~select size wavg price,wavg[size;price],size wsum price,avg size,sum price*size by sym from m where flag
1b
q)(select v:sum size,n:count price,a:avg price by s:sym,f:flag,b:100 xbar size from t where date>2026.01.01,price>10)~select v:sum size,n:count price,a:avg price by s:sym,f:flag,b:100 xbar size from m where date>2026.01.01,price>10
1b
q)(select sum size,avg 2*price,max date by date.month,sym from t)~select sum size,avg 2*price,max date by date.month,sym from m
1b
q)(select count i,sum size,wavg[size;price] from t)~select count i,sum size,wavg[size;price] from m
1b
q)(exec sum size,avg price from t where sym in `a`b)~exec sum size,avg price from m where sym in `a`b
1b
q)(exec sum size by sym from t where price<100)~exec sum size by sym from m where price<100
1b
q)(exec first price from t)~exec first price from m
1b
q)(select sum size by sym from t where date=2026.01.09)~select sum size by sym from m where date=2026.01.09
1b
q)/ the same figures, written out (four partitions of 250 rows each)
q)select s:sum size,n:count i,lo:min size by sym from t where flag,size>30
sym| s    n   lo
---| -----------
b  | 5036 148 31
c  | 5164 152 31
d  | 5160 152 31
q)exec count i from t where price=0n
80
q)select n:count i,avg size by flag from t
flag| n    size
----| -------------
0   | 1600 19
1   | 2400 19.01178
q)/ i numbers the rows of each partition, so first i and last i are those of a partition
q)select f:first i,l:last i,m:max i by sym from t where date within 2026.01.02 2026.01.03
sym| f   l   m
---| -----------
a  | 0   399 399
b  | 400 599 599
c  | 600 799 799
d  | 800 999 999
