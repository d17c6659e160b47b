q)/ examples from KxSystems/docs docs/ref/show.md, with the kdb+ output shown there
q)a:show til 5
0 1 2 3 4
q)a~(::)
1b
q)f:{a:x<5;sum a}
q)f:{show a:x<5;sum a}    / same function, showing value of a
