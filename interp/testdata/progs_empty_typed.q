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
