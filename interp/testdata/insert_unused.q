q)/ a lambda whose last statement is an insert (a tickerplant's upd:{x insert y}) gives the new rows' indices to a caller that uses them; called as a statement (in a loop), it appends the same rows, its value unused
q)t:([]a:`long$();b:`float$())
q)upd:{x insert y}
q)upd[`t;(1;2f)]
,0
q)r:upd[`t;(3;4f)]
q)r
,1
q)do[3;upd[`t;(5;6f)]]
q)count t
5
q)g:{upd[`t;(7;8f)]}
q)g[]
,5
q)h:{do[2;upd[`t;(x;9f)]];upd[`t;(x;10f)]}
q)h 11
,8
q)s:();do[2;s,:upd[`t;(12;13f)]]
q)s
9 10
q)t
a  b 
-----
1  2 
3  4 
5  6 
5  6 
5  6 
7  8 
11 9 
11 9 
11 10
12 13
12 13
q)do[2;upd[`t;(1;`x)]]
'type
q)count t
11
q)u:{x insert y;x insert y}
q)do[2;u[`t;(14;15f)]]
q)u[`t;(16;17f)]
,16
q)-3#t
a  b 
-----
14 15
16 17
16 17
