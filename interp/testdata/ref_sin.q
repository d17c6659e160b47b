q)/ examples from KxSystems/docs docs/ref/sin.md, with the kdb+ output shown there
q)sin 0.5       / sine
0.4794255
q)sin 1%0
0n
q)asin 0.8      / arcsine
0.9272952
q)sin (.2;.3 .4)
0.1986693
0.2955202 0.3894183
q)asin (.2;.3 .4)
0.2013579
0.3046927 0.4115168
q)sin `x`y`z!3 4#til[12]%10
x| 0         0.09983342 0.1986693 0.2955202
y| 0.3894183 0.4794255  0.5646425 0.6442177
z| 0.7173561 0.7833269  0.841471  0.8912074
