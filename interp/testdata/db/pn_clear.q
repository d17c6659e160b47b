q)/ .Q.pn is the cache of partition counts (docs/ref/dotq.md#pn-partition-counts):
q)/ a process that appends to a partition of a loaded database empties it to have
q)/ the rows counted again, as TorQ's intraday database does after each write.
q)t:([]sym:`a`b;p:1 2f)
q).Q.dpft[`:.;;`sym;`t] each 2010.01.01 2010.01.02
`t`t
q)\l .
q).Q.pn
t|
q).Q.cn t
2 2
q).Q.pn
t| 2 2
q)`:2010.01.02/t/ upsert .Q.en[`:.] ([]sym:`c`d`e;p:3 4 5f);
q)/ the rows written since are read, with the cached count or without it
q)count select from t where date=2010.01.02
5
q).Q.pn:.Q.pt!(count .Q.pt)#()
q)count t
7
q).Q.cn t
2 5
q).Q.pn
t| 2 5
q)exec p from t where date=2010.01.02
1 2 3 4 5f
