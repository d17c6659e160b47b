q)/ compiled lambda calls: the frame of each call, reused, and the arithmetic and comparisons of long atoms done inline
q)f:{$[x<2;x;f[x-1]+f[x-2]]}
q)f 20
6765
q)f each til 10
0 1 1 2 3 5 8 13 21 34
q)/ a null long is the least long, and null in arithmetic (docs/ref/add.md, less-than.md)
q){x<2} 0N
1b
q){x-1} 0N
0N
q){x*y}[3;0N]
0N
q)/ a timestamp is not a long: the same operators give a timestamp
q){x+1} 2000.01.01D00:00:00.000000000
2000.01.01D00:00:00.000000001
q){x<y}[2000.01.01D00:00:00.000000000;2000.01.01D00:00:00.000000001]
1b
q)/ a one-statement body that returns from inside a control word
q)g:{if[x;:`yes]}
q)g 1
`yes
q)g 0
q)/ a signal unwinds the calls, and the next calls at the same depths start afresh
q)h:{k x};k:{x+`a}
q)@[h;1;{"caught ",x}]
"caught type"
q)k:{x+1}
q)h 1
2
q)r:{r x+1}
q)@[r;0;{x}]
"stack"
q)f 10
55
q)/ x+:y on a global: an undefined name takes y; a null stays null; .z.vs sees the assignment
q)s+:3
q)s
3
q)n:0N;n+:1
q)n
0N
q).z.vs:{0N!(x;y)}
q)s+:1
(`s;())
q)s
4
