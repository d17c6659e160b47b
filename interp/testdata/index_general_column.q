/ x[;i] of a general list takes item i of each item (pairs[;0] in a search)
q)x:((1 2;3);(4 5;6);(7 8;9))
q)x[;0]
1 2
4 5
7 8
q)x[;1]
3 6 9
q)(1 2 3;`a`b;"xy")[;1]
2
`b
"y"
q)((1 2;3 4);(5 6;7 8))[;1;0]
3 7
q)(1 2;3 4)[;0]
1 3
