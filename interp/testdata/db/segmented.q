q)/ a segmented database (docs/database/segment.md): par.txt lists the segments,
q)/ .Q.par assigns dates to them round robin, \l finds the partitions in each
q)`:db/par.txt 0: ("../seg1";"../seg2")
`:db/par.txt
q)t:([]sym:`a`b`a;v:1 2 3)
q){.Q.dpft[`:db;x;`sym;`t]}each 2026.01.01 2026.01.02 2026.01.03
`t`t`t
q).Q.par[`:db;2026.01.02;`t]
`:db/../seg1/2026.01.02/t
q)key `:seg1
,`2026.01.02
q)key `:seg2
`2026.01.01`2026.01.03
q)\l db
q).Q.P
`:../seg1`:../seg2
q).Q.D
,2026.01.02
2026.01.01 2026.01.03
q).Q.PV
2026.01.01 2026.01.02 2026.01.03
q).Q.PD
`:../seg2`:../seg1`:../seg2
q).Q.u
1b
q)select sum v by date from t
date      | v
----------| -
2026.01.01| 6
2026.01.02| 6
2026.01.03| 6
q)select from t where date=2026.01.02
date       sym v
----------------
2026.01.02 a   1
2026.01.02 a   3
2026.01.02 b   2
