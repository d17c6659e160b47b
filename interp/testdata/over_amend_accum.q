q)/ an over whose lambda amends items of its accumulator and returns it
q)c:{[x;y] x[y]:"#"; :x;}/[(`u#enlist 0N 0N)!enlist "X";(1 2;3 4;1 2;5 6)]
q)count c
4
q)c 3 4
"#"
q)attr key c
`u
q)value c
"X###"
q)i:5#0
q)r:{[x;y] x[y]+:1; x}/[i;0 1 1 4]
q)(i;r)
0 0 0 0 0
1 2 0 0 1
q)d:`a`b!0 0
q)e:{[x;y] x[y]+:1; x}/[d;`a`b`a`a]
q)d
a| 0
b| 0
q)e
a| 3
b| 1
q)s:{[x;y] x[y]:10*y; :x}\[3#0;0 1 2]
q)s 0
0 0 0
q)s 2
0 10 20
q)count s
3
q)t:{[x;y] x[y]:1b; x}/[10#0b;2 3 5 7]
q)t
0011010100b
q)m:{[x;y] x[y]:count x; x}/[(`u#enlist 0 0)!enlist 0;(til 20),'1]
q)m 19 1
20
q)count m
21
