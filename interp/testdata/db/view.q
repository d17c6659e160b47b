q)/ .Q.pn and .Q.view, as docs/ref/dotq.md#pn-partition-counts shows them
q)n:100
q)t:([]time:.z.T+til n;sym:n?`2;num:n)
q).Q.dpft[`:.;;`sym;`t]each 2010.01.01+til 5
`t`t`t`t`t
q)\l .
q).Q.pn
t|
q).Q.cn t
100 100 100 100 100
q).Q.pn
t| 100 100 100 100 100
q).Q.pv!flip .Q.pn
          | t
----------| ---
2010.01.01| 100
2010.01.02| 100
2010.01.03| 100
2010.01.04| 100
2010.01.05| 100
q).Q.view 2#date
q).Q.pn
t|
q).Q.cn t
100 100
q).Q.pn
t| 100 100
q).Q.pv!flip .Q.pn
          | t
----------| ---
2010.01.01| 100
2010.01.02| 100
q)/ the view is what every query sees (docs/ref/dotq.md#view-subview)
q)date
2010.01.01 2010.01.02
q).Q.PV
2010.01.01 2010.01.02 2010.01.03 2010.01.04 2010.01.05
q).Q.pd
`:.`:.
q)count t
200
q)select count i by date from t
date      | x
----------| ---
2010.01.01| 100
2010.01.02| 100
q)exec count i from t where date>2010.01.01
100
q).Q.view 2011.01.01
'invalid partition filter
q).Q.pv
2010.01.01 2010.01.02
q)count t
200
q)select count i by date from t
date      | x
----------| ---
2010.01.01| 100
2010.01.02| 100
q)/ the generic null lifts the view
q).Q.view[]
q)count t
500
q)date
2010.01.01 2010.01.02 2010.01.03 2010.01.04 2010.01.05
q).Q.view 2010.01.05
q)\l .
q).Q.pv
2010.01.01 2010.01.02 2010.01.03 2010.01.04 2010.01.05
