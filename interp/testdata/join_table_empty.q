q)/ Join of tables whose columns do not conform is 'mismatch (docs/ref/uj.md),
q)/ but a table with no rows joins as nothing: raze of query results, some of
q)/ them empty and shaped another way, gives the others. (Inferred: TorQ's
q)/ wdb razes its server lists so at end of day, with no rdb running, in
q)/ test sets written against kdb+ 4.x.)
q)t:([]a:1 2;b:`x`y)
q)e:([]c:`long$();d:())
q)t,e
a b
---
1 x
2 y
q)e,t
a b
---
1 x
2 y
q)count raze (t;e;t;e)
4
q)t,([]c:1 2)
'mismatch
