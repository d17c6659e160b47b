q)/ select by several columns (an enumeration, longs and floats with nulls): groups in
q)/ ascending key order, nulls first, enumerations ordered by their symbols (docs/basics/qsql.md)
q)sym:`c`b`a
q)t:([]a:`sym$`a`b`a`b`a`c;b:1 1 2 1 0N 1;f:1.5 0n 1.5 2 0n 0n;v:1 2 3 4 5 6)
q)select sum v by a,b from t
a b| v
---| -
a  | 5
a 1| 1
a 2| 3
b 1| 6
c 1| 6
q)select sum v by b,f from t
b f  | v
-----| -
     | 5
1    | 8
1 1.5| 1
1 2  | 4
2 1.5| 3
q)select count i by a,f from t
a f  | x
-----| -
a    | 1
a 1.5| 2
b    | 1
b 2  | 1
c    | 1
q)select v by a,b from t where v>1
a b| v
---| ---
a  | ,5
a 2| ,3
b 1| 2 4
c 1| ,6
