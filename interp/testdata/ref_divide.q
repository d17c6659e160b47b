q)/ examples from KxSystems/docs docs/ref/divide.md, with the kdb+ output shown there
q)2%3
0.6666667
q)halve:%[;2]                              /projection
q)halve til 5
0 0.5 1 1.5 2
q)"z"%"a"
1.257732
q)1b%0b
0w
q)00:00:10.000000000 % 00:00:05.000000000  /ratio of timespans
2f
q)(10;20 30)%(2;3 4)
5f
6.666667 7.5
q)k:`k xkey update k:`abc`def`ghi from t:flip d:`a`b!(10 -21 3;4 5 -6)
q)d%2
a| 5 -10.5 1.5
b| 2 2.5   -3
q)d%`b`c!(10 20 30;1000*1 2 3)             /upsert semantics
a| 10   -21  3
b| 0.4  0.25 -0.2
c| 1000 2000 3000
q)t%100
a     b
-----------
0.1   0.04
-0.21 0.05
0.03  -0.06
q)k%k
k  | a b
---| ---
abc| 1 1
def| 1 1
ghi| 1 1
