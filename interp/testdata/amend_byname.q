q)/ amend by name: a global that does not exist yet, whole or through a
q)/ namespace (the root `. or a context), as kdb+tick's r.q and tick.q use it
q).[`foo;();:;1 2 3]
`foo
q)foo
1 2 3
q)@[`bar;::;:;`a`b]
`bar
q)bar
`a`b
q)(.[;();:;].)each ((`t1;([]a:1 2));(`t2;([]b:`x`y)))
`t1`t2
q)t2
b
-
x
y
q)a:1 2 3
q)b:4 5
q)@[`.;`a`b;0#]
`.
q)a
`long$()
q)b
`long$()
q)@[`.;`c;:;7]
`.
q)c
7
q).u.x:1
q)@[`.u;`x;+;10]
`.u
q).u.x
11
q)@[`.u;`y`z;:;(5;"five")]
`.u
q).u.z
"five"
q)@[`.new;`z;:;`a]
`.new
q).new.z
`a
