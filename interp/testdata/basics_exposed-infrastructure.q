q)/ examples from KxSystems/docs docs/basics/exposed-infrastructure.md, with the kdb+ output shown there
q)count "zero"       / supported
4
q)y:1 1 3 5 8 13
q)-':[y]                  / unary
1 0 2 2 3 5
q)deltas[y]               / unary
1 0 2 2 3 5
q)-':[10;y]               / binary, bracket
-9 0 2 2 3 5
q)10-':y                  / binary, infix
-9 0 2 2 3 5
