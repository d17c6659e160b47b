q)/ nested columns (lists of vectors of one type) splay as a column file and its # companion (docs/kb/file-compression.md)
q)t:([]sym:`b`a`b;w:(1 2;3 4 5;0#0);f:(1#1.5;2 3f;0#0f);s:(1#"x";"yz";""))
q)`:sp/ set t
'type
q)e:.Q.en[`:.]t
q)`:sp/ set e
`:sp/
q)key `:sp
`.d`f`f#`s`s#`sym`w`w#
q)get[`:sp/]~e
1b
q)`:sp/ upsert ([]sym:`sym?enlist`c;w:enlist 7 8;f:enlist 9 9f;s:enlist"uvw")
`:sp/
q)get `:sp/w
1 2
3 4 5
`long$()
7 8
q)meta get `:sp/
c  | t f a
---| -----
sym| s
w  | J
f  | F
s  | C
q)/ compressed by default, partitioned: the companion is compressed too
q).z.zd:17 2 6
q){.Q.dpft[`:db;x;`sym;`t]}each 2026.01.01 2026.01.02
`t`t
q)\x .z.zd
q)key `:db/2026.01.02/t
`.d`f`f#`s`s#`sym`w`w#
q)(-21!`:db/2026.01.02/t/w)`algorithm
2i
q)\l db
q)meta t
c   | t f a
----| -----
date| d
sym | s   p
w   | J
f   | F
s   | C
q)select from t where date=2026.01.02
date       sym w        f         s
--------------------------------------
2026.01.02 a   3 4 5    2 3       "yz"
2026.01.02 b   1 2      ,1.5      ,"x"
2026.01.02 b   `long$() `float$() ""
q)select sum raze w,count i by date from t
date      | w  x
----------| ----
2026.01.01| 15 3
2026.01.02| 15 3
q)exec sum each f from t where date=2026.01.01
5 1.5 0
