q)/ examples from KxSystems/docs docs/basics/application.md, with the kdb+ output shown there
q)"abcdef"[1 4 3]
"bed"
q)count[1 4 3]
3
q){x*x}[4]
16
q)+[2;3]
5
q)d:`cat`cow`dog`sheep!`chat`vache`chien`mouton
q)d[`cow`sheep]
`vache`mouton
q)m:("abc";"def";"ghi";"jkl")       / a matrix
q)m[3 1]                            / m is a list (unary)
"jkl"
"def"
q)m[0;2 0 1]                        / and also a matrix (binary)
"cab"
q)2+3                           / operator
5
q)2 3 4 5 mod 2                 / keyword
0 1 0 1
q)1000+\2 3 4                   / derived function
1002 1005 1009
q)(+) . 2 3                         / apply + to a list of its 2 arguments
5
q).[+;2 3]                          / apply + to a list of its 2 arguments
5
q)count . enlist 1 4 3              / apply count to a list of its 1 argument
3
q)"abcdef"@1 4 3
"bed"
q)@[count;1 4 3]
3
q)d @ `cow`sheep                    / dictionary to its keys
`vache`mouton
q)@[d;`cow`sheep]                   / dictionary to its keys
`vache`mouton
q)"abcdef" 1 4 3
"bed"
q)count 1 4 3
3
q){x*x}4
16
q)d`cow`sheep
`vache`mouton
q)+\[2 3 4]                             / derived fn applied unary
2 5 9
q)+\[1000;2 3 4]                        / derived fn applied binary
1002 1005 1009
q)count'[("the";"quick";"brown";"fox")] / derived fn applied unary
3 5 5 3
q)(count')("the";"quick";"brown";"fox")
3 5 5 3
q)7 * 2 + 4
42
q)+/[17 13 12]
42
q)txt:(("Now";"is";"the";"time");("for";"all";"good";"folk"))
q)txt
"Now" "is"  "the"  "time"
"for" "all" "good" "folk"
q)count[txt]
2
q)count'[txt]
4 4
q)count''[txt]
3 2 3 4
3 3 4 4
q)+/[til 5]           / unary
10
q)+/[1000000;til 5]   / binary
1000010
q)1000000+/til 5
1000010
q)+/[til 5]           / unary
10
q)+/[1000000;til 5]   / binary
1000010
q)(+/)til 5           / unary
10
q)(+/)[1000000;til 5] / binary
1000010
q)count'[txt]
4 4
q)(count')txt
4 4
q)count each txt
4 4
q)double:2*
q)double 5                         / unary
10
q)halve:%[;2]
q)f:{x+y*z}                        / ternary
q)f[2;3;4]
14
q)g:f[2;;4]
q)g 3                              / unary
14
q)(f . 2 3) 4
14
q)l:("Buddy can you spare";;"?")
q)m:("The";;;"fox")
q)f:{x*y}
q)g:f[3;]   / triple
q)g 5
15
q)f:{x%y}
q)g 5       / still triple
15
q)foo:{x+y+z}
q)goo:foo[2]    / discouraged
q)goo:foo[2;;]  / recommended
q)f:?["brown"]
q)f "fox"
5 2 5
q)g:like["brown"]
q)g "\*ow\*"
1b
q){x}[;1]
'rank
q)(til 5) 99
0N
q)(`a`b`c!1.414214 2.718282 3.141593) `x
0n
q)f:{x+y*3}
q)f[5;3]              / the rose
14
q)g:`f[5;]
