q)/ med sorts as iasc does, exactly and stably: nulls first, a zero in the middle keeping its sign, ties within the comparison tolerance still ordered (docs/ref/med.md)
q)med 3 1 2
2f
q)med 4 1 3 2
2.5
q)med 0n 1 2 0n
1f
q)med -0 -0 1f
-0f
q)med 0 -0 -0f
-0f
q)med -0 0 -0f
0f
q)med 0n 0n
0n
q)med `float$()
0n
q)med 1 2 3 4i
2.5
q)med (1 2 3;4 5 6;7 8 9)
4 5 6f
q)med 10?0n
0n
q)med 0.1 0.2 0.30000000000000004 0.3
0.25
q)-1 string med 1 3 2 4 5e;
3
