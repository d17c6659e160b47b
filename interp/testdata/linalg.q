q)/ inv, lsq, ema, xrank: examples from KxSystems/docs docs/ref/{inv,lsq,ema,xrank}.md with the kdb+ output shown there
q)a:3 3#2 4 8 3 5 6 0 7 1f
q)inv a
-0.4512195  0.6341463  -0.195122
-0.03658537 0.02439024 0.1463415
0.2560976   -0.1707317 -0.02439024
q)a mmu inv a
1 2.220446e-16 -2.775558e-17
0 1            5.551115e-17
0 0            1
q)1=a mmu inv a
100b
010b
001b
q)a:1f+3 4#til 12
q)b:4 4#2 7 -2 5 5 3 6 1 -2 5 2 7 5 0 3 4f
q)a lsq b
-0.1233333 0.16      0.4766667 0.28
0.07666667 0.6933333 0.6766667 0.5466667
0.2766667  1.226667  0.8766667 0.8133333
q)a ~ (a lsq b) mmu b
1b
q)b:3 4#2 7 -2 5 5 3 6 1 -2 5 2 7f
q)a lsq b
-0.1055556 0.3333333 0.4944444
0.1113757  1.031746  0.7113757
0.3283069  1.730159  0.9283069
q)lsfit:{(enlist y) lsq x xexp/: til 1+z}
q)poly:{[c;x]sum c*x xexp til count c}
q)x:til 6
q)y:poly[1 5 -3 2] each x
q)lsfit[x;y] each 1 2 3
-33 37.6
7 -22.4 12
1 5 -3 2
q)4 xrank til 8
0 0 1 1 2 2 3 3
q)4 xrank til 9
0 0 0 1 1 2 2 3 3
q)7 xrank til 9
0 0 1 2 3 3 4 5 6
q)3 xrank 1 37 5 4 0 3
0 2 2 1 0 1
q)count ema[1%3;1,10#0]
11
q)4#ema[1%3;1,10#0]
1 0.6666667 0.4444444 0.2962963
