/ a local that x,:y grew and that is read between appends: the reader keeps what it read, appends and item amends of the local never reach it
q)g:{a:1 2 3;a,:4;b:a;a,:5;a[0]:0;b}
q)g[]
1 2 3 4
q)g2:{a:1 2 3;a,:4;b:a;a,:5;a[0]:0;a}
q)g2[]
0 2 3 4 5
q)h:{a:(1 2;3 4);a,:enlist 5 6;b:a;a,:enlist 7 8;a[0]:9 9;b}
q)h[]
1 2
3 4
5 6
q)h2:{a:(1 2;3 4);a,:enlist 5 6;b:a;a,:enlist 7 8;a[0]:9 9;a}
q)h2[]
9 9
3 4
5 6
7 8
q)/ a breadth-first search keeping a `u# list of points seen, read by in and grown by ,: (`u is preserved on append while the items stay distinct)
q)bfs:{s:`u#enlist 0 0;q:enlist 0 0;while[count q;p:first q;q:1_q;n:p+/:(1 0;0 1);n:n where all each n<3;n:n where not n in s;s,:n;q,:n];s}
q)bfs[]
0 0
1 0
0 1
2 0
1 1
0 2
2 1
1 2
2 2
q)attr bfs[]
`u
q)u:{s:`u#(1 2;3 4);s,:enlist 5 6;t:s;s,:enlist 1 2;(attr t;attr s;count s)}
q)u[]
`u
`
4
