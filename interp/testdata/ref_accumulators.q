q)/ examples from KxSystems/docs docs/ref/accumulators.md, with the kdb+ output shown there
q)(+\)2 3 4    / Scan
2 5 9
q)(+/)2 3 4    / Over
9
q)dbl:2*
q)3 dbl\2 7                                / Do
2  7
4  14
8  28
16 56
q)5 enlist\1
1
,1
,,1
,,,1
,,,,1
,,,,,1
q)10{x,sum -2#x}/0 1                       / derived binary applied infix
0 1 1 2 3 5 8 13 21 34 55 89
q)fibonacci:{x,sum -2#x}/[;0 1]            / projection of derived function
q)fibonacci 10
0 1 1 2 3 5 8 13 21 34 55 89
q)m:(0 1f;1 1f)
q)10 (m mmu)\1 1f                          / first 10 Fibonacci numbers
1  1
1  2
2  3
3  5
5  8
8  13
13 21
21 34
34 55
55 89
89 144
q)(10>)dbl\2                               / While
2 4 8 16
q){x<1000}{x+x}\2
2 4 8 16 32 64 128 256 512 1024
q)inc:1+
q)inc\[105>;100]
100 101 102 103 104 105
q)1000+\2 3 4
1002 1005 1009
q){x,y}\[2 3 4]       / () not known as I
2
2 3
2 3 4
q)42{[x;y]x}\2 3 4    / 42 is the first left argument
42 42 42
q)({[x;y]x}\)2 3 4    / 2 is the first left argument
2 2 2
q)({count x,y}\)("The";"quick";"brown";"fox")
"The"
8
6
4
q)(+) over til 5           / (+/)til 5
10
q)(+) scan til 5           / (+\)til 5
0 1 3 6 10
q){x+y*z}\[1000;5 10 15 20;2 3 4 5]
1010 1040 1100 1200
q){x+y*z}\[1000 2000;5 10 15 20;3]
1015 2015
1045 2045
1090 2090
1150 2150
q)s:"We are going to advance. Send reinforcements."
q)a:1000f;b:1 2 3 4f;c:5 6 7 8f
q){z+x*y}\[a;b;c]
1005 2016 6055 24228f
q)mt:0#0
q)()~{x+y*z}\[`foo;mt;mt]           / lambda is not evaluated
1b
q)(+/)mt    / 0 is I for +
0
q)(*/)mt    / 1 is I for *
1
q)type 1 0 3h/[til 0]
5h
q)type (3 4#til 12)/[0#0]
0h
q)42+/mt
42
q){x+y*z}/[42;mt;mt]
42
q)`foo+/mt
`foo
q){x+y*z}/[`foo;mt;mt]
`foo
q)/ x b\y for a float vector b is the recurrence {z+x*y}\[x;b;y] (docs/ref/accumulators.md)
q)a:1000f;b:1 2 3 4f;c:5 6 7 8f
q){z+x*y}\[a;b;c]
1005 2016 6055 24228f
q)a b\c
1005 2016 6055 24228f
