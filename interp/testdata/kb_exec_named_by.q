q)/ exec by a named column keys its result by a table (docs/ref/exec.md, docs/kb/pivoting-tables.md)
q)sp:([]s:`s1`s1`s4`s2`s3;qty:300 1300 600 700 200)
q)exec sum qty by s from sp  / dict by key
s1| 1600
s2| 700
s3| 200
s4| 600
q)exec q:sum qty by s from sp  / xtab:list!table
  | q
--| ----
s1| 1600
s2| 700
s3| 200
s4| 600
q)exec sum qty by s:s from sp  / table!list
s |
--| ----
s1| 1600
s2| 700
s3| 200
s4| 600
q)exec q:sum qty by s:s from sp
s | q
--| ----
s1| 1600
s2| 700
s3| 200
s4| 600
q)t:([]k:1 2 3 2 3;p:`xx`yy`zz`xx`yy;v:10 20 30 40 50)
q)P:asc exec distinct p from t
q)exec P#(p!v) by k:k from t
k| xx yy zz
-| --------
1| 10
2| 40 20
3|    50 30
