q)/ examples from KxSystems/docs docs/basics/atomic.md, with the kdb+ output shown there
q).[+;(2;(3 4;5))]
5 6
7
q).[+';(2;(3 4;5))]   / the iterator is unnecessary
5 6
7
q)neg (5 2; 3; -8 0 2)
-5 -2
-3
8 0 -2
q)neg each (5 2; 3; -8 0 2)   / the iterator is unnecessary
-5 -2
-3
8 0 -2
q)neg 3 4 5
-3 -4 -5
q)neg (5 2; 3; -8 0 2)
-5 -2
-3
8 0 -2
q)Add:{$[(0>type x) & 0>type y; x + y; Add'[x;y]]}
q)1 2 3 + 4 5
'length
q)1 2 3 + (4;"a";5)
'type
q)2 4 -23 8 7 @ (0 4 ; 2)
2 7
-23
q)upper ("quick";("brown";"fox");"x")
"QUICK"
("BROWN";"FOX")
"X"
