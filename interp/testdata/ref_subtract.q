q)/ examples from KxSystems/docs docs/ref/subtract.md, with the kdb+ output shown there
q)3 4 5-2
1 2 3
q)2000.11.22 - 03:44:55.666
2000.11.21D20:15:04.334000000
q)(10;20 30)-(2;3 4)
8
17 26
q)k:`k xkey update k:`abc`def`ghi from t:flip d:`a`b!(10 -21 3;4 5 -6)
q)d-1
a| 9 -22 2
b| 3 4   -7
q)d-`b`c!(10 20 30;1000*1 2 3)  / upsert semantics
a| 10    -21   3
b| -6    -15   -36
c| -1000 -2000 -3000
q)t-100
a    b
---------
-90  -96
-121 -95
-97  -106
q)k-k
k  | a b
---| ---
abc| 0 0
def| 0 0
ghi| 0 0
q)type 55
-7h
q)type 1i
-6h
q)type 55-1i
-7h
