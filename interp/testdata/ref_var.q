q)/ examples from KxSystems/docs docs/ref/var.md, with the kdb+ output shown there
q)var 2 3 5 7
3.6875
q)var 2 3 5 0n 7
3.6875
q)var 2 3 5 7
3.6875
q)svar 2 3 5 7
4.916667
q)/ no value that is not null: svar x is var[x]*count[x]%-1+count x (docs/ref/var.md), null
q)svar 0n
0n
q)svar 0n 0n
0n
q)sdev 0n 0n
0n
q)null sdev 0#0f
1b
