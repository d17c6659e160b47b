q)/ examples from KxSystems/docs docs/ref/cor.md, with the kdb+ output shown there
q)29 10 54 cor 1 3 9
0.7727746
q)10 29 54 cor 1 3 9
0.9795734
q)1 3 9 cor 1 3 9
1f
q)1 3 9 cor neg 1 3 9
-1f
q)1 3 1 3 cor 1 1 3 3
0f
q)1 1 1 cor 1 3 9
0n
q)1 3 0N cor 1 3 9                  /nulls are ignored
1f
q)1000101000b cor 0010011001b
-0.08908708
