q)/ examples from KxSystems/docs docs/ref/get.md, with the kdb+ output shown there
q)value "2+3"
5
q)get "2+3"
5
q)a:1 2 3
q)get `a
1 2 3
q)get `q`w`e!(1 2;3 4;5 6)
1 2
3 4
5 6
q)get (+;1;2)
3
