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
q)/ update where with values of another type leaves a general column
q)t:([]a:1 2 3)
q)u:update a:10i from t where a=2
q)type u`a
0h
q)u[`a]1
10i
q)u[`a]0
1
q)/ sum of booleans is an int (docs/learn: sum ... = 8 is 5i)
q)sum 8 6 8 10 8 20 10 8 8 = 8
5i
