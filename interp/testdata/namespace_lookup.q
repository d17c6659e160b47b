q)/ a plain name is read in the current namespace, never at the root: "the name is
q)/ interpreted relative to the current context if not fully qualified" (docs/ref/key.md)
q)a:1
q)\d .foo
q)key`a
q)a
'a
q)@[value;`a;`undefined]
`undefined
q)key`..a
`..a
q)a:1 2!3 4
q)key`a
1 2
q)f:{a}
q)g:{b}
q)\d .
q)a
1
q).foo.f[]
1| 3
2| 4
q)b:2
q).foo.g[]
'b
q)/ a default taken when the namespace does not define the name, as frameworks set it
q)tempdir:"/data/tmp"
q)\d .replay
q)tempdir:hsym @[value;`tempdir;`:tempmergedir]
q)\d .
q).replay.tempdir
`:tempmergedir
q)tempdir
"/data/tmp"
q)/ a table named by a symbol is the current namespace's, whoever names it
q)quote:([]a:1 2 3)
q)\d .replay
q)save:{[t] n:count value t; delete from t; (n;count value t)}
q)sel:{[t] count select from t where a>1}
q)\d .
q).replay.sel`quote
2
q).replay.save`quote
3 0
