q)/ a dictionary filled key by key after testing each key (x in key d) keeps what a reader took before, new keys and changed entries alike
q)d:(`u#enlist 0 0)!enlist 0
q)f:{if[not x in key d;d[x]:y]}
q)f[1 1;5]
q)f[1 1;6]
q)e:d
q)f[2 2;7]
q)d[1 1]:9
q)e
0 0| 0
1 1| 5
q)d
0 0| 0
1 1| 9
2 2| 7
q)c:`a`b!1 2
q)c[`c]:3
q)k:key c
q)c[`d]:4
q)c[`a]:10
q)k
`a`b`c
q)c
a| 10
b| 2
c| 3
d| 4
