q)/ examples from KxSystems/docs docs/ref/exp.md, with the kdb+ output shown there
q)exp 1
2.718282
q)exp 0.5
1.648721
q)exp -4.2 0 0.1 0n 0w
0.01499558 1 1.105171 0n 0w
q)exp 00:00:00 00:00:12 12:00:00
1 162754.8 0w
q)exp(1;2 3)
2.718282
7.389056 20.08554
q)k:`k xkey update k:`abc`def`ghi from t:flip d:`a`b!(10 -21 3;4 5 -6)
q)exp d
a| 22026.47 7.58256e-10 20.08554
b| 54.59815 148.4132    0.002478752
q)exp t
a           b
-----------------------
22026.47    54.59815
7.58256e-10 148.4132
20.08554    0.002478752
q)exp k
k  | a           b
---| -----------------------
abc| 22026.47    54.59815
def| 7.58256e-10 148.4132
ghi| 20.08554    0.002478752
q)2 xexp 8
256f
q)-2 2 xexp .5
0n 1.414214
q)1.5 xexp -4.2 0 0.1 0n 0w
0.1821448 1 1.04138 0n 0w
q)\P 0
q)prd 3#2
8
q)exp 3 * log 2
7.9999999999999982
q)/ a whole power is exact in q 4, as learners' programs that floor it need (docs/ref/exp.md's
q)/ warning, 2 xexp 3 shown as 7.9999999999999982, dates from kdb+ 3.6)
q)2 xexp 3
8f
q)floor 2 xexp 3 9
8 512
q)floor 10 xexp 3 15
1000 1000000000000000
q)1 xexp 0n
0n
q)0n xexp 0
0n
q)-1 xexp 0w
0n
q)k:`k xkey update k:`abc`def`ghi from t:flip d:`a`b!(10 -21 3;4 5 -6)
q)/ a negative base to a whole power is |x| xexp y, negated for an odd power
q)\P 7
q)-2 xexp 3 2
-8 4f
q)-2 -8 xexp 0.5
0n 0n
q)-3 xexp -1
-0.3333333
