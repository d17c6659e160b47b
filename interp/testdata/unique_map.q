q)/ a dictionary with unique keys used as a map: set, add, read, amend
q)d:(`u#1 2)!3 4
q)d[5]:6
q)d
1| 3
2| 4
5| 6
q)attr key d
`u
q)e:d
q)d[7]:8
q)e
1| 3
2| 4
5| 6
q)d[1]+:10
q)d
1| 13
2| 4
5| 6
7| 8
q)d 7
8
q)d 9
0N
q)d?6
5
q)s:(`u#`a`b)!1 2
q)s[`c]:3
q)s
a| 1
b| 2
c| 3
q)attr key s
`u
q)s[`a]:0
q)s
a| 0
b| 2
c| 3
q)t:(`u#enlist 0N)!enlist 0N
q){t[x]:x*x} each til 5;
q)key t
`u#0N 0 1 2 3 4
q)value t
0N 0 1 4 9 16
q)t 3
9
q)l:`u#1 2 3
q)l,:4
q)attr l
`u
q)l?4
3
q)l,:4
q)attr l
`
q)l
1 2 3 4 4
q)/ keys that are pairs: a `u# list of keys
q)V:(`u#enlist 0 0)!enlist 0
q)V[(1;2)]:3
q)V
0 0| 0
1 2| 3
q)W:V
q)V[(2;2)]:4
q)V[(1;2)]+:10
q)W
0 0| 0
1 2| 3
q)V
0 0| 0
1 2| 13
2 2| 4
q)attr key V
`u
q)V (2;2)
4
q)V (5;5)
0N
q)V (1 2;0 0)
13 0
q)g:{V[(x;x)]}
q)g 2
4
q){V[(x;x)]:x} each 3 4;
q)V
0 0| 0
1 2| 13
2 2| 4
3 3| 3
4 4| 4
q)/ key of a map, read while the map grows
q)K:key V
q)(9;9) in key V
0b
q)V[(9;9)]:9
q)(9;9) in key V
1b
q)(9;9) in K
0b
q)count K
5
q)count key V
6
q)vis:{$[x in key V;0b;[V[x]:1;1b]]}
q)vis each (9 9;8 8;8 8)
010b
q)attr key V
`u
