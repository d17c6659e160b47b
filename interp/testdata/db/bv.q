q)/ .Q.bv and .Q.vp: a table missing from some partitions (docs/ref/dotq.md#bv, #vp, kdb+ output shown there)
q)n:100
q)t:([]time:.z.T+til n;sym:n?`2;num:n)
q).Q.dpft[`:.;;`sym;`t]each 2010.01.01+til 5
`t`t`t`t`t
q)tt:t
q).Q.dpft[`:.;;`sym;`tt]last 2010.01.01+til 5
`tt
q)\l .
q)@[get;"select from tt";-2@]; / error
./2010.01.01/tt/sym: No such file or directory
q).Q.bv[]
q).Q.vp
tt| +`date`sym`time`num!(`date$();`sym$();`time$();`long$())
q)@[get;"select from tt";-2@]; / no error
q)/ the partitions without it are empty: the rows are the last partition's
q)(count select from tt;count select from tt where date<2010.01.05)
100 0
q)select count i by date from tt where date>=2010.01.04
date      | x
----------| ---
2010.01.05| 100
