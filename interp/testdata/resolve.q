q)/ names bound once by the resolver: locals by slot, globals and keywords by name, each in the right frame
q)a:10
q)f:{a:1;a+x}
q)f 5
6
q)a
10
q)g:{a::x;a}
q)g 3
3
q)a
3
q)h:{[x;y] {x*y}[y;x]+x}
q)h[2;3]
8
q)fib:{$[x<2;x;fib[x-1]+fib[x-2]]}
q)fib 20
6765
q)c:{count x}
q)c 1 2 3
3
q)s:0
q)do[5;s+:2]
q)s
10
q)n:{r:0;do[x;r+:1];r}
q)n 7
7
q){x+y}/[0;til 5]
10
q){x+1} each til 3
1 2 3
q){x,y}/[();1 2 3]
1 2 3
q)t:([]p:1 2 3)
q){[t] select from t where p>x}[t]
'x
q){[t;x] select from t where p>x}[t;1]
p
-
2
3
q)/ string of a long vector formats each item (nulls and infinities as q spells them)
q)string 1 0N 0W -0W 23 -5
,"1"
""
"0W"
"-0W"
"23"
"-5"
q)raze string til 12
"01234567891011"
q)sum 1 0N 3 4 5 6 7 8 9
43
q)sum 0N 0N
0
