q)/ examples from KxSystems/docs docs/ref/neg.md, with the kdb+ output shown there
q)neg -1 0 1 2
1 0 -1 -2
q)neg 01001b
0 -1 0 0 -1i
q)neg (0W;-0w;0N)               / infinities and a null
-0W
0w
0N
q)neg 2000.01.01 2012.01.01     / negates the underlying data value
2000.01.01 1988.01.01
