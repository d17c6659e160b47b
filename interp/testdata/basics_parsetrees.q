q)/ examples from KxSystems/docs docs/basics/parsetrees.md, with the kdb+ output shown there
q)x:4
q)like
like
q)value(+;7;3)                  //parse tree, with no nested trees
10
q)value(+;7;(+;2;1))
'type
q)value(,;`a;`b)
`a`b
q)+/[1000;2 3 4]    // +/ applied binary
1009
q)+/[2 3 4]         // +/ applied unary
9
q)(+/)2 3 4         // +/ applied unary
9
q)qfind:{key[.q]where x~/:string value .q}
q)+/[1 2 3 4]
10
