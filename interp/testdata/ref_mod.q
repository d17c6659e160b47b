q)/ examples from KxSystems/docs docs/ref/mod.md, with the kdb+ output shown there
q)-3 -2 -1 0 1 2 3 4 mod 3
0 1 2 0 1 2 0 1
q)7 mod 2 3 4
1 1 3
q)-7 7 mod/:\:-2.5 -2 2 2.5
-2   -1 1 0.5
-0.5 -1 1 2
q)(10;20 30)mod(7 13;-12)
3  10
-4 -6
