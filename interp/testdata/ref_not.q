q)/ examples from KxSystems/docs docs/ref/not.md, with the kdb+ output shown there
q)not -1 0 1 2
0100b
q)not "abc","c"$0
0001b
q)not `a`b!(-1 0 2;"abc","c"$0)
a| 010b
b| 0001b
q)not 2000.01.01 2020.06.30
10b
q)not 00:00:00
1b
q)not 12:00:00.000000000
0b
q)not (0W;-0w;0N)
000b
