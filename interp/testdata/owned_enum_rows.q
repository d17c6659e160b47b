q)/ a record of enumerated atoms appends to a table's enumerated columns (docs/ref/insert.md, docs/ref/join.md); k4unit's sp.csv repeats sp,:y and `sp insert y tens of thousands of times, so the columns grow in place: a value taken before keeps its rows
q)s:`s1`s2`s3
q)t:([]s:`s$`s1`s2;q:1 2)
q)y:value first t
q)y
`s$`s1
1
q)u:t
q)t,:y
q)v:t
q)`t insert (`s$`s3;3)
,3
q)do[1000;t,:y]
q)do[1000;`t insert y]
q)(count u;count v;count t)
2 3 2004
q)-3#t
s  q
----
s1 1
s1 1
s1 1
q)4#t
s  q
----
s1 1
s2 2
s1 1
s3 3
q)type t`s
20h
q)u
s  q
----
s1 1
s2 2
q)`t insert (`s$`s2;`x)
'type
q)count t
2004
q)exec sum q from t
2007
