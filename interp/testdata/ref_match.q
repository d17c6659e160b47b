q)/ examples from KxSystems/docs docs/ref/match.md, with the kdb+ output shown there
q)(1 2 3+4 5 6)~4 5 6+1 2 3   / the arguments are identical
1b
q)(1 2 3-4 5 6)~4 5 6-1 2 3   / these are not identical
0b
q)1 2 3 ~`a`b                 / any two data objects can be compared
0b
q)1~1h
0b
q)3~3.0
0b
q)l1:`a`b`c
q)l2:`a`b`c
q)1 2 3~`s#1 2 3
1b
q)t1:([]x:1 2 3)
q)t2:([]x:`s#1 2 3)
q)t1~t2
1b
