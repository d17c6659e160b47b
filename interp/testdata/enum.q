q)/ enumerations: examples from KxSystems/docs with the kdb+ output shown there
q)/ docs/basics/internal.md
q)-10!20h
1b
q)ee:`a`b`c
q)vv:`ee$`a`a`b
q)type vv
20h
q)-10!20h
0b
q)/ docs/ref/enumerate.md
q)d:`a`b`c
q)y:`a`b`c`b`a`b`c`c`c`c`c`c`c
q)show e:`d$y;
`d$`a`b`c`b`a`b`c`c`c`c`c`c`c
q)"i"$e
0 1 2 1 0 1 2 2 2 2 2 2 2i
q)d[0]:`o
q)e
`d$`o`b`c`b`o`b`c`c`c`c`c`c`c
q)"i"$e
0 1 2 1 0 1 2 2 2 2 2 2 2i
q)key e
`d
q)value e
`o`b`c`b`o`b`c`c`c`c`c`c`c
q)x:`a`b
q)`x$y
'cast
q)/ docs/ref/enum-extend.md
q)foo:`a`b
q)`foo?`a`b`c`b`a`b`c`c`c`c`c`c`c
`foo$`a`b`c`b`a`b`c`c`c`c`c`c`c
q)foo
`a`b`c
q)`foo?`g#y
`g#`foo$`g#`a`b`c`b`a`b`c`c`c`c`c`c`c
q)`foo$`g#y
`foo$`a`b`c`b`a`b`c`c`c`c`c`c`c
q)/ docs/ref/join.md
q)sym:`a`b
q)sym2:`c`d
q)(`sym$`b),`b
`sym$`b
`b
q)`b,(`sym$`b)
`b
`sym$`b
q)(`sym$`a),`c`d
`a`c`d
q)(`sym$`a`b),`c
`a`b`c
q)`a`b,`sym2$`c
`a`b`c
q)s:`a`c
q)s,:`sym$`b
q)s
`a`c`b
q)/ docs/ref/key.md
q)f:([f:1 2 3]v:`a`b`c)
q)x:`f$3 2
q)key x
`f
q)ids:`a`b`c
q)x:`ids$`a`c
q)key x
`ids
q)/ docs/ref/match.md
q)l1:`a`b`c
q)l2:`a`b`c
q)(`l1$`a)~`l2$`a
0b
q)(`l1$`a)=`l2$`a
1b
q)/ docs/ref/null.md
q)a:``a
q)`=`a$`
1b
q)null`a$`
0b
q)/ docs/ref/value.md
q)e:`a`b`c
q)x:`e$`a`a`c`b
q)x
`e$`a`a`c`b
q)value x
`a`a`c`b
q)/ docs/ref/fkeys.md
q)f:([x:1 2 3]y:10 20 30)
q)t:([]a:`f$2 2 2;b:0;c:`f$1 1 1)
q)/ comparisons and in on a column longer than its domain (computed once per symbol)
q)dm:`a`b`c
q)ev:`dm$`b`a`c`a`b`b`c`a`a`b
q)ev in `a`c
0111001110b
q)ev=`b
1000110001b
q)ev<>`a
1010111001b
q)ev<`b
0101000110b
q)ev>=`b
1010111001b
q)ev in `z
0000000000b
