q)/ x,:y on a general list grows it as x:x,y would, y whole when one rank below x
q)l:enlist 1 2
q)l,:enlist 3 4
q)m:l
q)l,:enlist 5 6
q)count each (l;m)
3 2
q)l,:7
q)l,:`a`b
q)l,:()
q)count l
5
q)l 3 4
7
`a`b
q)l:enlist 1 2
q)l,:(3 4;5 6)
q)l
1 2
3 4
5 6
q)f:{a:enlist 1 2; do[3; a,:enlist 9 9]; b:a; a,:enlist 0 0; (count a;count b)}
q)f[]
5 4
