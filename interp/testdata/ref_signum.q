q)/ examples from KxSystems/docs docs/ref/signum.md, with the kdb+ output shown there
q)signum -2 0 1 3
-1 0 1 1i
q)signum (0n;0N;0Nt;0Nd;0Nz;0Nu;0Nv;0Nm;0Nh;0Nj;0Ne)
-1 -1 -1 -1 -1 -1 -1 -1 -1 -1 -1i
q)signum 1999.12.31
-1i
q)signum(10;-20 30)
1i
-1 1i
q)k:`k xkey update k:`abc`def`ghi from t:flip d:`a`b!(10 -21 3;4 5 -6)
q)signum d
a| 1 -1 1
b| 1 1  -1
q)signum t
a  b
-----
1  1
-1 1
1  -1
q)signum k
k  | a  b
---| -----
abc| 1  1
def| -1 1
ghi| 1  -1
