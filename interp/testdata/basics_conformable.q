q)/ examples from KxSystems/docs docs/basics/conformable.md, with the kdb+ output shown there
q)1 2 3+4 5 6
5 7 9
q)1 2 3 + 4 5 6 7
'length
q)(1 2 3;(4;5 6 7 8)) + (10;(11 12;13 14 15))
'length
