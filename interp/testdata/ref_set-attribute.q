q)/ examples from KxSystems/docs docs/ref/set-attribute.md, with the kdb+ output shown there
q)`s#1 2 3
`s#1 2 3
q)`#`s#1 2 3
1 2 3
q)`s#3 2 1
's-fail
q)`p#2 2 2 1 1 4 4 4 4 3 3
`p#2 2 2 1 1 4 4 4 4 3 3
q)2,`p#2 2 2 1 1 4 4 4 4 3 3
2 2 2 2 1 1 4 4 4 4 3 3
