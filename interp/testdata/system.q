q)/ System commands, as \cmd and as system"cmd" (docs/basics/syscmds.md).
q)/ Here there is no event loop: \t N and \p N only record their values.
q)\t
0i
q)\t 100
q)\t
100i
q)system"t 0"
q)\t
0i
q)/ \t with an expression times it, in milliseconds; \ts adds the bytes
q)type system"t til 1000"
-7h
q)type system"t:10 til 1000"
-7h
q)type system"ts til 1000"
7h
q)count system"ts:5 til 1000"
2
q)(system"t:2 x:1") within 0 1000
1b
q)x
1
q)\p
0i
q)\p 5001
q)\p
5001i
q)system"p 0"
q)\p
0i
q)\d
`.
q)\d .foo
q)\d
`.foo
q)x:1
q)\v
,`x
q)\d .
q)\v .foo
,`x
q).foo.x
1
q)f:{x}
q)g:{y}
q)\f
`f`g
q)t:([]a:1 2)
q)\a
,`t
q)\a .foo
`symbol$()
q)\b
`symbol$()
q)\B
`symbol$()
q)\c 30 100
q)\c
30 100
q)\c 5 5
q)\c
10 10
q)\c 25 80
q)\C
36 2000
q)\C 50 50
q)\C
50 50
q)\P
7i
q)\P 3
q)1%3
0.333
q)\P 7
q)\e
0i
q)\e 1
q)\e
1i
q)\e 3
'domain
q)\e 0
q)\s
0i
q)\s 0N
0i
q)\s 2
'limit
q)\S
-314159i
q)\S 42
q)\S
42i
q)system"S 0N"
42i
q)\T
0i
q)\T 10
q)\T
10i
q)\w 0
0 0
q)count system"w"
6
q)type system"w"
7h
q)\w 3
'-w init via cmd line
q)/ \o and \z show longs: 0N and 0 (docs/basics/syscmds.md)
q)\o
0N
q)\o 0
q)\o
0
q)\o -5
q)\o
-5
q)\o 390
q)\o
390
q)\o 0N
q)\W
2i
q)\z
0
q)"D"$"06/01/2010"
2010.06.01
q)\z 1
q)"D"$"06/01/2010"
2010.01.06
q)\z
1
q)\g
0i
q)\E
0i
q)\_
0b
q)10h=type system"cd"
1b
q)\x f
q)\f
,`g
q)a:1
q)\x a
q)\v
`t`x
q)/ an unknown command goes to the shell, and system returns its lines
q)system"echo hello; echo world"
"hello"
"world"
q)first system"echo hi there"
"hi there"
q)\echo a b; echo c
"a b"
,"c"
q)system"printf 'a\\nb\\n'"
,"a"
,"b"
q)count system"true"
0
q)system"exit 3"
'os
q)@[system;"exit 3";{"caught ",x}]
"caught os"
q)/ a lone \ at q) would toggle to k, which qgo does not have
q)\
q)\r
'nyi
