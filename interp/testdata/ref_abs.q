q)/ examples from KxSystems/docs docs/ref/abs.md, with the kdb+ output shown there
q)abs -1.0
1f
q)abs 10 -43 0N
10 43 0N
q)abs 1999.01.01
2000.12.31
q)"j"$1999.01.01 2000.12.31
-365 365
q)abs(10;20 -30)
10
20 30
