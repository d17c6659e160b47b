q)/ a whole power is the float nearest the true power, as C's pow gives it in kdb+ 4: equal powers reached two ways are the same float, which distinct (no comparison tolerance: docs/basics/precision.md) counts once
q)2 xexp 8
256f
q)0=(3 xexp 40)-9 xexp 20
1b
q)0=(3 xexp 75)-27 xexp 25
1b
q)0=(5 xexp 33)-125 xexp 11
1b
q)(10 xexp -2)=0.01
1b
q)0=(10 xexp -2)-0.01
1b
q)/ Project Euler 29: the distinct terms a^b for 2<=a,b<=100
q)count distinct {x[0] xexp x[1]} each ((2 + til 99) cross (2 + til 99))
9183
q)-2 2 xexp .5
0n 1.414214
q)1.5 xexp -4.2 0 0.1 0n 0w
0.1821448 1 1.04138 0n 0w
q)2 xexp 1024
0w
q)/ however large the whole power: C's pow gives 22026.454910182532 for 1.0000001 to the power 1e8, 4.53999521973785e-05 for -1e8
q)0=(1.0000001 xexp 100000000)-22026.454910182532
1b
q)0=(1.0000001 xexp -100000000)-4.53999521973785e-05
1b
q)/ a long vector of powers or bases goes the float vectors' way
q)2 xexp 0 1 2 3 0N 10
1 2 4 8 0n 1024
q)(til 4) xexp 2
0 1 4 9f
q)3 2 xexp 2 0N
9 0n
