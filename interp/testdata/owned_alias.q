q)/ x,:y and insert grow a buffer in place only while nothing else holds it: every value taken before (by a lambda, into another global, a dictionary, a table, a projection, a query) keeps its items (value semantics)
q)C:0#0
q)do[3;C,:1]
q)f:{x}
q)a:f C
q)C,:2
q)a
1 1 1
q)g:{C}
q)b:g[]
q)C,:3
q)b
1 1 1 2
q)d:`x`y!(C;til 2)
q)C,:4
q)d
x| 1 1 1 2 3
y| 0 1
q)p:{x,y}[C]
q)C,:5
q)p 0
1 1 1 2 3 4 0
q)e:get `C
q)C,:6
q)e
1 1 1 2 3 4 5
q)C
1 1 1 2 3 4 5 6
q)h:{r:0#0;do[3;r,:x];s:r;r,:9;(s;r)}
q)h 7
7 7 7
7 7 7 9
q)k:{r:0#0;do[2;r,:x];s:{x}[r];r,:9;(s;r)}
q)k 7
7 7
7 7 9
q)t:([]a:0#0;b:0#0f)
q)do[2;`t insert (1;2f)]
q)u:t
q)c:t`a
q)s:select from t where a=1
q)x:exec b from t
q)`t insert (3;4f)
,2
q)(count u;c;count s;x)
2
1 1
2
2 2f
q)t
a b
---
1 2
1 2
3 4
q)dt:(enlist `t)!enlist t
q)`t insert (5;6f)
,3
q)count each (dt`t;t)
3 4
q)/ t,:record grows the columns in place the same way; the value of t,:record is the table as it was then
q)w:t
q)t,:(7;8f)
q)t,:`a`b!(9;10f)
q)(count w;count t)
4 6
q)z:t,:(11;12f)
q)t,:(13;14f)
q)(count z;count t;last z`a;last t`a)
7 8 11 13
q)t,:(1;`x)
'type
q)count t
8
q)m:{r:([]a:0#0);do[x;r,:enlist 1];q:r;r,:enlist 2;(q;r)}
q)m 2
+(,`a)!,1 1
+(,`a)!,1 1 2
q)/ a value read between appends shares the items it saw and never the room the next append fills
q)C:0#0
q)L:()
q)do[3;C,:count C;L,:enlist C]
q)L
,0
0 1
0 1 2
q)C,:3
q)L
,0
0 1
0 1 2
q)t:([]a:0#0;b:0#0f)
q)T:()
q)do[3;`t insert (count t;1f);T,:enlist t]
q)(count each T;T[1]`a;last t`a)
1 2 3
0 1
2
q)t,:(3;4f)
q)count each T
1 2 3
q)/ an insert whose value a statement discards appends the same, and signals the same
q)t:([]a:0#0;b:0#0f)
q)do[3;`t insert (count t;2f)]
q)f:{`t insert (x;2f);count t}
q)f 7
4
q)do[2;`t insert (1;`x)]
'type
q)t
a b
---
0 2
1 2
2 2
7 2
q)do[1;`t insert (8 9;3 4f)]
q)t`a
0 1 2 7 8 9
q)do[1;`nt insert ([]c:1 2)]
q)nt
c
-
1
2
q)/ the global an append finds by its bound cell is the same name: a value taken before keeps its items, whichever way C is then assigned, appended or deleted
q)C:0#0
q)do[3;C,:1]
q)D:C
q)do[2;C,:2]
q)D
1 1 1
q)f:{C,:x}
q)do[2;f 3]
q)(D;C)
1 1 1
1 1 1 2 2 3 3
q)E:C
q)C:10 20
q)do[2;C,:30]
q)(E;C)
1 1 1 2 2 3 3
10 20 30 30
q)delete C from `.
`.
q)do[2;C,:4]
q)C
4 4
q)C:0#0
q)do[2;C,:5]
q)V::count C
q)V
2
q)C:0#0
q)do[3;C,:6]
q)(V;C)
3
6 6 6
q)C,:6
q)V
4
q)do[2;C,:6]
q)V
6
q)\d .n
q).n.C:0#0
q)do[2;C,:7]
q)X:C
q)C,:8
q)(X;C)
7 7
7 7 8
q)\d .
q)(.n.X;.n.C;C)
7 7
7 7 8
6 6 6 6 6 6
