q)/ examples from KxSystems/docs docs/ref/log.md, with the kdb+ output shown there
q)log 1
0f
q)log 0.5
-0.6931472
q)log exp 42
42f
q)log -2 0n 0 0.1 1 42
0n 0n -0w -2.302585 0 3.73767
q)log(2;3 4)
0.6931472
1.098612 1.386294
q)k:`k xkey update k:`abc`def`ghi from t:flip d:`a`b!(10 -21 3;4 5 -6)
q)log d
a| 2.302585          1.098612
b| 1.386294 1.609438
q)log t
a        b
-----------------
2.302585 1.386294
         1.609438
1.098612
q)log k
k  | a        b
---| -----------------
abc| 2.302585 1.386294
def|          1.609438
ghi| 1.098612
q)2 xlog 8
3f
q)2 xlog 0.125
-3f
q)1.5 xlog 0 0.125 1 3 0n
-0w -5.128534 0 2.709511 0n
q)`float$"AC"
65 67f
q)65 xlog 67
1.00726
q)"A"xlog"C"
1.00726
q)(2;3 4)xlog(4;5 6)
2f
1.464974 1.292481
q)10 xlog d
a| 1               0.4771213
b| 0.60206 0.69897
q)10 xlog t
a         b
-----------------
1         0.60206
          0.69897
0.4771213
q)10 xlog k
k  | a         b
---| -----------------
abc| 1         0.60206
def|           0.69897
ghi| 0.4771213
q)2 xexp 2 xlog -1 0 0.125 1 42
0n 0 0.125 1 42
