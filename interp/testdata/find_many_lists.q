/ x?y with y a list of more than a few lists seeks each item of y whole
q)(1 2;3 4;1 2;5 6)?(1 2;3 4;5 6;7 8;1 2;3 4;5 6;7 8;1 2;3 4)
0 1 3 4 0 1 3 4 0 1
q)(1 2;`a`b;"ab";3 4)?("ab";`a`b;1 2;3 4;1 2;"ab";`a`b;1 2;3 4;9 9)
2 1 0 3 0 2 1 0 3 4
q)ll:flip(til 20;20#0 1)
q)ll?reverse ll
19 18 17 16 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0
