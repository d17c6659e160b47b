q)/ a local queue taken from the front (q:1 _ q) and grown at the back (q,:y)
q)bfs:{q:enlist 0 0;seen:();while[count q;p:first q;q:1 _ q;seen,:enlist p;if[5>count seen;q,:(p+1 0;p+0 1)]];seen}
q)bfs[]
0 0
1 0
0 1
2 0
1 1
1 1
0 2
3 0
2 1
q)f:{q:(1 2;3 4;5 6);r:q;q:1 _ q;q,:enlist 7 8;(r;q)}
q)-3!f[]
"((1 2;3 4;5 6);(3 4;5 6;7 8))"
q)g:{q:enlist 1 2;q,:enlist 3 4;r:q:1 _ q;q,:enlist 5 6;(r;q)}
q)-3!g[]
"(,3 4;(3 4;5 6))"
q)h:{q:enlist 1 2;q,:enlist 3 4;q:1 _ q;q:1 _ q;count q}
q)h[]
0
q)e:{q:enlist 1 2;q,:enlist 3 4;q:5 _ q;q}
q)-3!e[]
"()"
