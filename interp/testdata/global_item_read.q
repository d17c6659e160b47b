q)/ reading one item of a global (g[i], g i, g@i) while amending its items in place
q)l:5#1
q)l[0]+:1
q)p:0
q)while[not null j:l[p];l[p]+:$[j>1;-1;1];p+:j]
q)l
1 1 2 2 2
q)p
5
q)w:l
q)j:l 1
q)l[1]:9
q)j
1
q)w
1 1 2 2 2
q)l
1 9 2 2 2
q)k:l@2
q)l[2]-:7
q)k
2
q)l
1 9 -5 2 2
q)l[7]
0N
q)l 9
0N
q)l[::]
1 9 -5 2 2
q)m:l[::]
q)l[0]:100
q)m
1 9 -5 2 2
q)l
100 9 -5 2 2
q)f:{a:l x;l[x]:a*2;l x}
q)f 3
4
q)l
100 9 -5 4 2
q)l`a
'type
q)d:1 2 3!10 20 30
q)d[4]:40
q)e:d 2
q)d[2]+:1
q)e
20
q)d
1| 10
2| 21
3| 30
4| 40
q)d 5
0N
