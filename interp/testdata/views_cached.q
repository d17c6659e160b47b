q)/ a view keeps its value until a name it depends on changes (docs/learn/views.md:
q)/ "re-evaluated only if the values of the underlying dependencies have changed")
q)x:2
q)y:3
q)v::x+y           /view
q)v
5
q)x:10000
q)v                /depends on x
10003
q){v::x+y}[10;20];  /v now a global variable
q)v
30
q)x:-1000000
q)v                /global variable, no longer depends on x
30
q)/ pending views: \B (docs/learn/views.md)
q)a::b+c
q)\B
,`a
q)b:c:1
q)\B
,`a
q)a
2
q)\B
`symbol$()
q)/ a function a view calls is a dependency, the globals it reads are not: "the
q)/ following view would not be invalidated unless the f were redefined"
q)w::f[]+1
q)f:{42}
q)w
43
q)n:1
q)f:{n}
q)w
2
q)n:5
q)w
2
q)f:{n}
q)w
6
q)/ a dependency changed in place (an append, an amend) invalidates the view too
q)l:1 2 3
q)s::sum l
q)s
6
q)l,:4
q)s
10
q)l[0]:100
q)s
109
q)@[`l;1;+;1000]
`l
q)s
1109
q)t:([]c:1 2)
q)r::count t
q)r
2
q)`t upsert 3
`t
q)r
3
q)t,:4
q)r
4
