/ x b\y with floats b is the built-in {z+x*y}\[x;b;y] (docs/ref/accumulators.md,
/ "Alternative syntax"); a float atom b is used at every step, which is the
/ exponential moving average idiom first[y](1-a)\a*y of q code since V3.1.
q)a:1000f;b:1 2 3 4f;c:5 6 7 8f
q)a b\c
1005 2016 6055 24228f
q)ewma:{first[y](1-x)\x*y}
q)ewma[0.1;til 10]
0 0.1 0.29 0.561 0.9049 1.31441 1.782969 2.304672 2.874205 3.486784
q)ewma[0.1;til 10]~{{z+x*y}\[first y;1-x;x*y]}[0.1;til 10]
1b
q)a 2f\c
2005 4016 8039 16086f
q)a 2f/c
16086f
q)ema[.5;1 2 3 4f]~ewma[.5;1 2 3 4f]
1b
