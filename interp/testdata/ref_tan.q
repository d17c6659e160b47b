q)/ examples from KxSystems/docs docs/ref/tan.md, with the kdb+ output shown there
q)tan 0 0.5 1 1.5707963 2 0w                    / tangent
0 0.5463025 1.557408 3.732054e+07 -2.18504 0n
q)atan 0.5                                      / arctangent
0.4636476
q)atan 42
1.546991
q)tan (.2;.3 .4)
0.20271
0.3093362 0.4227932
q)atan (.2;.3 .4)
0.1973956
0.2914568 0.3805064
q)tan `x`y`z!3 4#til[12]%10
x| 0         0.1003347 0.20271   0.3093362
y| 0.4227932 0.5463025 0.6841368 0.8422884
z| 1.029639  1.260158  1.557408  1.96476
