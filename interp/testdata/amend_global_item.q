q)/ g[i]:y on a global: what a reader took before keeps its items
q)v:5#0
q)v[1]:7
q)w:v
q)v[2]:8
q)v
0 7 8 0 0
q)w
0 7 0 0 0
q)v[3]+:5
q)f:{v[x]:x*10}
q)f each 0 4
0 40
q)v
0 7 8 5 40
q)u:v
q)f 1
10
q)u
0 7 8 5 40
q)v
0 10 8 5 40
q)g:{do[3;v[0]+:1];v}
q)g[]
3 10 8 5 40
q)v[1]:2.5
'type
q)v,:6
q)x:v
q)v[5]:60
q)(x;v)
3 10 8 5 40 6 
3 10 8 5 40 60
