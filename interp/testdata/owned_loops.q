q)/ appends and inserts in loops long enough to be compiled (16 turns or more at the top level), and in lambdas: a value taken before keeps its items, and an error leaves the global as it was
q)C:0#0
q)do[20;C,:1]
q)D:C
q)do[20;C,:2]
q)(count D;count C;sum C)
20 40 60
q)f:{do[x;C,:3]}
q)f 20
q)(count D;count C;sum C)
20 60 120
q)g:{r:0#0;do[x;r,:y];s:r;r,:0;(s;r)}
q)g[17;5]
5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5
5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 0
q)do[20;C,:`a]
'type
q)count C
60
q)t:([]a:0#0;b:0#0f)
q)do[20;`t insert (1;2f)]
q)u:t
q)do[20;`t insert (2;3f)]
q)(count u;count t;sum t`a)
20 40 60
q)do[20;`t insert (1;`x)]
'type
q)count t
40
q)do[20;t,:(3;4f)]
q)(count u;count t)
20 60
q)sum t`b
180f
q)h:{do[20;`t insert (x;1f)]}
q)h 7
q)count t
80
q)do[20;`nt insert ([]c:enlist 1)]
q)count nt
20
