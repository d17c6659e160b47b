q)/ examples from KxSystems/docs docs/ref/value.md, with the kdb+ output shown there
q)a:1
q)b::a+1
q)b
2
q)get "2+3"                / same as value
5
