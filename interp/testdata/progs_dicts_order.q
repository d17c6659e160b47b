q)/ x.a:v with x undefined makes x a dictionary, as namespaces are dictionaries
q)iris.X:1 2
q)iris.y:`a`b
q)iris`y
`a`b
q)key iris
``X`y
q)iris.X,:3
q)iris.X
1 2 3
q)/ a dotted name reaches into the dictionary wherever a name is used
q)zoo.typ:`m`b`r
q)zoo.t:([]n:1 2 3;typ:0 2 1)
q)update `zoo.typ!typ from `zoo.t
`zoo.t
q)zoo.t`typ
`zoo.typ$`m`r`b
q)`zoo.q set 5
`zoo.q
q)zoo.q
5
q)/ select[order] sorts by a column or a table: < up, > down (ref/select.md)
q)t:([]typ:`a`b`a`b;s:1 5 3 2)
q)select[>s] from t
typ s
-----
b   5
a   3
b   2
a   1
q)select[2;<s] from t
typ s
-----
a   1
b   2
q)select[<([](avg;s) fby typ;s)] from t
typ s
-----
a   1
a   3
b   2
b   5
q)select[1;>s] from t where typ=`a
typ s
-----
a   3
q)/ a table is a list of records: t!v keys a list by its rows (ref/dict.md)
q)d:([]a:1 2)!3 4
q)d ([]a:enlist 2)
,4
q)value d
3 4
q)cols key d
,`a
