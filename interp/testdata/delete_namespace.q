q)/ delete ps from x, x a namespace, deletes the named objects from it (docs/ref/delete.md)
q)a:1
q)\v
,`a
q)delete a from `.
`.
q)\v
`symbol$()
q).ns.f:{x*100}
q).ns.b:1
q).ns.c:2
q)delete f from `.ns
`.ns
q).ns.f
'.ns.f
q)delete b,c from `.ns
`.ns
q).ns.b
'.ns.b
q)/ `. is the root whatever the current namespace is
q)a:1
q)\d .ns
q)a:2
q)delete a from `.
`.
q)a
2
q)\d .
q)key`a
q).ns.a
2
q)/ a table in a namespace is a table: delete removes its columns
q).ns.t:([]a:1 2;b:3 4)
q)delete b from .ns.t
a
-
1
2
