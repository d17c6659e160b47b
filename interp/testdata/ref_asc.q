q)/ examples from KxSystems/docs docs/ref/asc.md, with the kdb+ output shown there
q)asc 2 1 3 4 2 1 2
`s#1 1 2 2 2 3 4
q)a:0 1
q)b:a
q)asc b  / result has sorted attribute applied
`s#0 1
q)l:("bat";"dog";"cow";"cat")
q)asc l
"bat"
"cat"
"cow"
"dog"
q)asc `a`b`c!2 1 3
b| 1
a| 2
c| 3
q)asc ([]a:4 3 4;b:`s`a`d)
a b
---
3 a
4 d
4 s
q)L:2 1 3 4 2 1 2
q)iasc L
1 5 0 4 6 2 3
q)L iasc L
1 1 2 2 2 3 4
q)(asc L)~L iasc L
1b
q)iasc `a`b`c!2 3 1
`c`a`b
