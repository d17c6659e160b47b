q)/ examples from KxSystems/docs docs/ref/do.md, with the kdb+ output shown there
q)r:()
q)t:2*asin 1
q)do[7;r,:q:floor t;t:reciprocal t-q]
q)r
3 7 15 1 292 1 1
