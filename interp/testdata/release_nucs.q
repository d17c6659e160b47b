q)/ form feed (Ctl-L) is white space, so a script can be paged (kdb+ 4.0)
q)1+2
3
q)x:5
q)x*2
10
q)/ a column and a group of one name clash as q parses, so it fails before it runs
q)t:([]a:1 2;b:3 4)
q)select a,a by a from t
'dup names for cols/groups a
q)select b by b from t
'dup names for cols/groups b
q)select sum a by a from t
a| a
-| -
1| 1
2| 2
q)select x:sum a by x:b from t
'dup names for cols/groups x
q)select a,a from t
a a1
----
1 1 
2 2 
q)/ no global amend inside a table or dictionary literal (kdb+ 4.1)
q)([]a::e)
'parse
q)([a::e])
'parse
q)([a:1;b:2])
a| 1
b| 2
