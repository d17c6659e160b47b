q)/ examples from KxSystems/docs docs/ref/reciprocal.md, with the kdb+ output shown there
q)reciprocal 0 0w 0n 3 10
0w 0 0n 0.3333333 0.1
q)reciprocal 1b
1f
q)reciprocal (12;13 14)
0.08333333
0.07692308 0.07142857
q)k:`k xkey update k:`abc`def`ghi from t:flip d:`a`b!(10 21 3;4 5 6)
q)reciprocal d
a| 0.1  0.04761905 0.3333333
b| 0.25 0.2        0.1666667
q)reciprocal t
a          b
--------------------
0.1        0.25
0.04761905 0.2
0.3333333  0.1666667
q)reciprocal k
k  | a          b
---| --------------------
abc| 0.1        0.25
def| 0.04761905 0.2
ghi| 0.3333333  0.1666667
