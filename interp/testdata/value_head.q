q)/ value of a list whose head is a name applies the global the name holds when it runs: redefined, deleted, a view, a keyword
q)f:{x+1}
q)value (`f;1)
2
q)f:{x+10}
q)value (`f;1)
11
q)g:{x*2}
q)value (`g;3)
6
q)value (`f;3)
13
q)delete f from `.
`.
q)value (`f;1)
'f
q)f:{x-1}
q)value (`f;1)
0
q)value (`neg;1)
-1
q).u.upd:{x,y}
q)value (`.u.upd;1;2)
1 2
q).u.upd:{y,x}
q)value (`.u.upd;1;2)
2 1
q)v::{x+1000}
q)value (`v;1)
1001
q)v:{x+5}
q)value (`v;1)
6
