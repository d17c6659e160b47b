q)/ each-prior of an atomic primitive over a typed vector, applied to the whole vector at once, gives what applying it to each item and the one before gives: the first item paired with the operator's identity, the seed or the type's null (docs/ref/maps.md#each-prior)
q)(-) prior 5 3 10 1
5 -2 7 -9
q)(+) prior 1.5 2 3
1.5 3.5 5
q)(>) prior 1 3 2 2
1100b
q)(=) prior "aabc"
0100b
q)(%) prior 1 2 4
1 2 2f
q)(&) prior 0101b
0000b
q)10 -': 5 3 10
-5 -2 7
q)(<>) prior 2000.01.01 2000.01.02 2000.01.02
110b
q)(-) prior 12:00 13:30
12:00 01:30
q)-': [1 2 3]
1 1 1
q)@[(-) prior;`a`b;{x}]
"type"
q)(-) prior 0N 1 2
0N 0N 1
q)(-) prior enlist 5
,5
q)type (-) prior `long$()
0h
q)(<=) prior 3 3 2 5f
0110b
