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
q)/ and on a general list: an item replaced by a list, the list stays general
q)l:(1 2;3 4;5 6)
q)l[1]:7 8
q)m:l
q)l[0]:9 9
q)l 0
9 9
q)m 0
1 2
q)h:{l[x]:x,x}
q)h each 1 2
1 1
2 2
q)l
9 9
1 1
2 2
q)l[0]:5
q)-3!l
"(5;1 1;2 2)"
