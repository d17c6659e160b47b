q)/ a foreign key over a table keyed on several columns enumerates key tuples (docs/wp/foreign-keys.md)
q)t1:([sym:`A`B`C;ex:`NYSE`NYSE`NDQ];sharesInIssue:57 94 11)
q)t2:([]time:02:31:39.330 04:25:17.604;sym:`A`B;exchange:`NYSE`NYSE;price:7.043314 9.441671)
q)update t1fkey:`t1$(t2[`sym],'t2[`exchange]) from `t2
`t2
q)t2
time         sym exchange price    t1fkey
-----------------------------------------
02:31:39.330 A   NYSE     7.043314 0
04:25:17.604 B   NYSE     9.441671 1
q)select sym, marketCap:price*t1fkey.sharesInIssue from t2
sym marketCap
-------------
A   401.4689
B   887.5171
q)`t1$enlist `D`NYSE
'cast
