q)/ examples from KxSystems/docs docs/ref/div.md, with the kdb+ output shown there
q)7 div 3
2
q)7 div 2 3 4
3 2 1
q)-7 7 div/:\:-2.5 -2 2 2.5
2  3  -4 -3
-3 -4 3  2
q)7f div 2
3f
q)6i div 4
1i
q)2014.10.13 div 365
2000.01.15
q)7h div 3
2i
q)0x80 div 16
8i
q)"\023" div 8
2i
q)(10;20 30)div(3 4; -5)
3  2
-4 -6
q)kt:`k xkey update k:`abc`def`ghi from t:flip d:`a`b!(10 -21 3;4 5 -6)
q)d div 5
a| 2 -5 0
b| 0 1  -2
q)kt div 5
k  | a  b
---| -----
abc| 2  0
def| -5 1
ghi| 0  -2
