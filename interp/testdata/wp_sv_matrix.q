q)/ x sv y where y is a matrix of digits (as x vs y gives for a vector): each column decodes to one number (docs/ref/vs.md, docs/ref/sv.md; docs/wp/signal-processing reverses bits this way)
q)a:10 vs 1995 1996 1997
q)a
1 1 1
9 9 9
9 9 9
5 6 7
q)10 sv a
1995 1996 1997
q)0 24 60 60 sv (2 1;3 0;5 0;7 1)
183907 86401
q)10 sv 2 3 5 7
2357
