q)/ key of a view's name gives the name, as for any variable that exists, before and after it is computed
q)/ (docs/ref/key.md: "returns the original symbol if a variable of that name exists"); a name not defined gives ()
q)a:1
q)v::a+1
q)key`v
`v
q)v
2
q)key`v
`v
q)()~key`w
1b
q)\b
`s#,`v
