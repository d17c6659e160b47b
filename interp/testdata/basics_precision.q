q)/ examples from KxSystems/docs docs/basics/precision.md, with the kdb+ output shown there
q)\P 0
q)1%3
0.33333333333333331
q)r7:1%7
q)sum 7#r7
0.99999999999999978
q)1.0=sum 7#r7
1b
q)0=1.0-sum 7#r7
0b
q)r3:1%3
q)1=r3+r3+r3
1b
q)0=1-r3+r3+r3
1b
q)a:96.099999999999994
q)b:96.10000000001
q)c:96.10000000002
q)a
96.099999999999994
q)b
96.100000000009999
q)c
96.100000000020003
q)a=b
1b
q)b=c
1b
q)a=c
0b
q){x+y}over{x+y}over 0N 8#1e-10*til 10000000
4999.9995000000017
