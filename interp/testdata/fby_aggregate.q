q)/ fby with an aggregate keyword over long and float columns: one pass over numbered rows (joins.go fbyAgg); nulls, -0, empty, length errors
q)t:([]a:1 0N 1 2 0N 1;b:`x`y`x`y`y`x;c:1.5 0n 1.5 -0.0 0.0 0n;v:1 0N 3 4 0N 6;w:0n 2 3 4 5 6f)
q)a:t`a;b:t`b;c:t`c;v:t`v;w:t`w
q)(sum;v) fby a
10 0 10 4 0 10
q)(avg;v) fby a
3.333333 0n 3.333333 4 0n 3.333333
q)(max;v) fby b
6 4 6 4 4 6
q)(min;w) fby b
3 2 3 2 2 3f
q)(max;w) fby ([]a;b)
6 5 6 4 5 6f
q)(first;w) fby ([]a;b)
0n 2 0n 4 2 0n
q)(last;v) fby c
3 6 3 0N 0N 6
q)(count;v) fby ([]b;c)
2 1 2 2 2 1
q)(sum;w) fby t`b
9 11 9 11 11 9f
q)(max;v) fby ([]a;c)
3 -0W 3 4 -0W 6
q)select from t where v=(max;v) fby b
a b c  v w
----------
2 y -0 4 4
1 x    6 6
q)select from t where w>(avg;w) fby ([]a;b)
a b c v w
---------
  y 0   5
1 x   6 6
q)(sum;v) fby 0N 0N 0N 0N 0N 0N
14 14 14 14 14 14
q)(max;0N 0N 0N 1 2 3) fby 1 1 1 2 2 2
-0W -0W -0W 3 3 3
q)(min;6#0n) fby 1 1 1 2 2 2
0w 0w 0w 0w 0w 0w
q)(sum;0#0) fby 0#0
`long$()
q)(sum;1 2) fby 1 2 3
'length
q)(sum;1 2 3) fby ([]a:1 2)
'length
q)(sum;v) fby ([]a;v:`s$`x`y`x`y`y`x)
's
q)s:`x`y
q)(sum;v) fby `s$`x`y`x`y`y`x
10 4 10 4 4 10
q)(max;`int$v) fby a
6 -0W 6 4 -0W 6i
q)(sum;1 2 3 4 5 6h) fby a
10 7 10 4 7 10i
q)/ min and max of floats by group, signed zeros and nulls, in one pass
q)x:-0.0 0.0 0n 0.0 -0.0 0n 0n
q)g:1 1 1 2 2 3 3
q)1 4 7 8 9 10 11 12#(1%(max;x) fby g;1%(min;x) fby g)
((((((-0w -0w -0w 0w 0w -0 -0;-0w -0w -0w 0w 0w 0 0;-0w -0w -0w 0w 0w -0 -0;-..
q)r:select max x,min x by g from ([]x;g)
q)1%r
g| x   x1 
-| -------
1| -0w -0w
2| 0w  0w 
3| -0  0  
q)select max x, min x by g from ([]x:1 0n 2 0w -0w 3f;g:1 1 2 2 3 3)
g| x  x1 
-| ------
1| 1  1  
2| 0w 2  
3| 3  -0w
