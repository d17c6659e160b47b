q)/ a by phrase over no rows keeps the types its aggregates have
q)t:([]m:`long$();u:`float$())
q)r:select last u by m from t
q)count r
0
q)exec t from meta r
"jf"
q)exec t from meta select n:count i, s:sum u by m from t
"jjf"
q)/ keyed tables with no rows combine into a typed empty keyed table
q)a:([k:`long$()] u:`float$())
q)exec t from meta a-a
"jf"
q)d:((0#`x)!0#1f)+(0#`x)!0#2f
q)type value d
9h
q)/ update where sets a short, int or long on some rows of an integral
q)/ column as the column's type (docs/ref/update.md: new values have the
q)/ type of the column amended; KX's csvguess sets int counts in a long
q)/ column, TorQ's stp nulls its int log handles with 0N and reads them back)
q)t:([]a:1 2 3)
q)u:update a:10i from t where a=2
q)type u`a
7h
q)u[`a]1
10
q)h:([]n:`a`b;h:3 4i)
q)h:update h:0N from h where n=`a
q)h`h
0N 4i
q)null exec first h from h where n=`c
1b
q)/ sum of booleans is an int (docs/learn: sum ... = 8 is 5i)
q)sum 8 6 8 10 8 20 10 8 8 = 8
5i
