q)/ iterators applying projections of lambdas and operators, step by step
q){1+(x+y) mod z}[3]\[til 6]
0 1 1 2 2 1
q){1+(x+y) mod z}[3]/[til 6]
1
q){x+y*z}[;10]\[1 2 3]
1 21 51
q){x+y div z}[1;;2]\[5]
5 3 2
q)f:{x,y}[;0]
q)f/[3;1]
1 0 0 0
q)f\[2;1]
1
1 0
1 0 0
q)(1+)/[{x<100};1]
100
q){x*y}[2]\[{x<20};1]
1 2 4 8 16 32
q){[a;b;c]a+b+c}[1]\[5;1 2 3]
7 10 14
q){x+y}[1] each 1 2 3
2 3 4
q){x+y}[1;2;3]
'rank
q){x+y+z}[;1][2]
{x+y+z}[2;1]
q){x+y+z}[;1][2;3]
6
q)5 mod 3
2
q)-5 mod 3
1
q)5 mod -3
-1
q)5 mod 0
0N
q)0N mod 3
0N
q)null 0N
1b
q)null 5
0b
q)null 0n
1b
q)null `
1b
q)null " "
1b
q)null 0Ni
1b
