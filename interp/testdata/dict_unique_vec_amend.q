/ a dictionary keyed by a `u# vector, amended at keys it has and at new ones (a tape of cells): the keys stay unique, a reader keeps what it read
q)t:(`u#enlist 0N)!enlist 0N
q)p:0
q)f:{t[p]:1;p+:1}
q)do[5;f[]]
q)key t
`u#0N 0 1 2 3 4
q)value t
0N 1 1 1 1 1
q)t[2]:0N
q)t[-7]:5
q)u:t
q)t[9]:9
q)t[0]+:4
q)value u
0N 1 1 0N 1 1 5
q)value t
0N 5 1 0N 1 1 5 9
q)attr key t
`u
q)t?5
0
q)key[t]?-7 9 8
6 7 8
q)sum t
22
q)s:(`u#`a`b)!1 2
q)s[`c]:3
q)s[`a]:0
q)s
a| 0
b| 2
c| 3
q)attr key s
`u
