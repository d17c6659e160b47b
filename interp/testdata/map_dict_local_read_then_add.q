q)/ a local dictionary filled key by key keeps what a reader of it took before (the whole dictionary or its keys), new keys and changed entries alike
q)f:{d:`a`b!1 2; d[`c]:3; e:d; d[`d]:4; d[`a]:10; (e;d)}
q)r:f[]
q)r 0
a| 1
b| 2
c| 3
q)r 1
a| 10
b| 2
c| 3
d| 4
q)g:{d:`a`b!1 2; d[`c]:3; e:key d; d[`d]:4; (e;key d)}
q)g[]
`a`b`c
`a`b`c`d
q)h:{[n] v:(`u#enlist 0 0)!enlist 0; s:(); do[n; x:n,n; if[not x in key v; v[x]:n; s,:enlist key v]; n-:1]; (s;v)}
q)r:h 2
q)r 0
(0 0;2 2)
(0 0;2 2;1 1)
q)r 1
0 0| 0
2 2| 2
1 1| 1
