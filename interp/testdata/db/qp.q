q)/ .Q.qp tells a partitioned table (1b) from a splayed one (0b) and anything else (0): kdb+ holds a partitioned table as the flip of its columns onto its name, which value flip x gives (docs/ref/dotq.md)
q)t:([]sym:`ibm`msft`ibm;price:1 2 3f)
q){.Q.dpft[`:db;x;`sym;`t]}each 2026.01.01 2026.01.02
`t`t
q)\l db
q).Q.qp t
1b
q)value flip t
`t
q)key flip t
`sym`price
q).Q.qp select from t
0
q).Q.qp ([]a:1 2)
0
q).Q.qp 42
0
q)/ a function that keeps a partitioned table whole and empties any other
q)schema:{t:value x;$[.Q.qp t;t;0#t]}
q).Q.qp schema`t
1b
q)count schema`t
6
q)s:([]a:1 2 3)
q)count schema`s
0
q)0#t
'par
