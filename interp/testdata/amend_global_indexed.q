q)/ a global indexed by integers, or counted, between in-place amends of its items
q)n:enlist 0 0 0
q)n,:enlist 1 1 1
q)n,:enlist 2 2 2
q)a:{n[x]:n[x;0 1],y}
q)a[1;9]
1 1 9
q)n
0 0 0
1 1 9
2 2 2
q)r:n 1
q)s:n[0 2;1]
q)c:count n
q)a[1;8]
1 1 8
q)(r;s;c)
1 1 9
0 2
3
q)n 1
1 1 8
q)w:n
q)a[0;7]
0 0 7
q)w 0
0 0 0
q)n 0
0 0 7
q)b:{v[x]:1+v x;(count v;first v;last v)}
q)v:3#0
q)b each 0 2 2
3 1 0
3 1 1
3 1 2
q)v
1 0 2
q)u:v
q)b 1
3 1 2
q)(u;v)
1 0 2
1 1 2
q)n[`a]
'type
q)count n
3
