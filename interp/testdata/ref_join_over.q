q)/ ,/ is raze: items joined, one level of nesting collapsed (docs/ref/raze.md)
q)(,/)(1 2;3 4 5)
1 2 3 4 5
q)b:(1 2;(3 4;5 6);7;8)
q)(,/)b
1
2
3 4
5 6
7
8
q)(,/)/[b]
1 2 3 4 5 6 7 8
