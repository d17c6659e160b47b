q)/ a dictionary keyed by a `u# list of pairs, filled and read as a map
q)g:(`u#enlist 0 0)!enlist 0
q)g[1 2]:5
q)attr key g
`u
q)g 1 2
5
q)f:{g[x,y]:x+y+sum g (-1 0;0 -1)+\:x,y}
q)f[3;4]
7
q)attr key g
`u
q)g (1 2;3 4;9 9)
5 7 0N
q)h:g
q)f[2;2]
9
q)f[2;3]
14
q)count each (h;g)
3 5
q)key g
0 0
1 2
3 4
2 2
2 3
q)value g
0 5 7 9 14
q)g[2 2]:40
q)g 2 2
40
q)h 2 2
0N
q)r:{d:(`u#enlist 0 0)!enlist 0;do[20;d[x,x]:x;x+:1];(count d;attr key d;d 5 5)} 1
q)r
21
`u
5
