q)/ Drop keys from a dictionary (docs/ref/drop.md): a keyed table is a dictionary whose keys are the rows of its key table, so a table of key rows drops those rows (KX ml graph.q: @[graph;`edges;key[inputEdges]_]), and with one key column a list of key values does
q)kt:([a:1 2 3;b:`x`y`z]c:10 20 30)
q)s:select from kt where a>1
q)(key s)_kt
a b| c 
---| --
1 x| 10
q)@[`kt;::;key[s]_]
`kt
q)kt
a b| c 
---| --
1 x| 10
q)k1:([a:1 2 3]c:10 20 30)
q)(enlist 2)_k1
a| c 
-| --
1| 10
3| 30
q)2 3 _ k1
a| c 
-| --
1| 10
q)/ x.a.b:v through a dictionary x starts a dictionary at a key it lacks, as a context does (docs/basics/syntax.md, names and namespaces); KX's ml library adds ts.ARIMA.fit after ts.stationarity inside \d .ml
q)\d .ml
q)ts.a:1
q)ts.ARIMA.fit:{x+1}
q)ts.ARIMA.b:2
q)\d .
q).ml.ts.ARIMA.fit 3
4
q)key .ml.ts.ARIMA
``fit`b
q)u.v.w:5
q)u.v.w
5
q)u.v
 | ::
w| 5
