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
q)/ the column of a compound foreign key holds row indices: meta shows type i; value leaves the ints (docs/wp/foreign-keys.md)
q)t2:([]time:`time$();t1fkey:`t1$();price:`float$())
q)`t2 insert (09:17:22.771;`t1$`C`NDQ;4.05)
,0
q)meta t2
c     | t f  a
------| ------
time  | t
t1fkey| i t1
price | f
q)t2
time         t1fkey price
-------------------------
09:17:22.771 2      4.05
q)removeKeys:{[x] v[i]:value each (v:value flip x)i:where not null(0!meta x)`f; flip (cols x)!v }
q)meta removeKeys t2
c     | t f a
------| -----
time  | t
t1fkey| i
price | f
