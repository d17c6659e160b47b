q)/ an each-prior derived function is variadic (docs/basics/variadic.md); over and scan apply it as a unary, so an integer left of f':/ counts the steps (Do)
q)2 &':/3 1 4 5 2 0N 7 6 8
3 1 1 1 2 0N 0N 0N 6
q)2 (-':)\1 4 9 16
1 4 9 16
1 3 5 7
1 2 2 2
q)/ & and | seed the first item with their identities, so it stays as it is; an operator with none pairs it with a null
q)(&':)3 1 4
3 1 1
q)(|':)5 2 7 1
5 5 7 7
q)(&)prior 10011b
10001b
q){x+2*y}':[2 3 4]
0N 7 10
