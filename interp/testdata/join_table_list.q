q)/ A table is a list of records (docs/basics/dictsandtables.md): joined with
q)/ a general list whose items are not records it gives a general list, its
q)/ rows then those items. So a column of records, once emptied, takes a row
q)/ whose item is () again (TorQ's pubsub records each subscription so).
q)t:0#([]a:1 2;b:3 4)
q).Q.s1 t,enlist ()
",()"
q)s:([]h:`int$();c:())
q)`s upsert (1i;`a`b!1 2);
q)delete from `s;
q)`s upsert (2i;());
q)count s
1
q)s`h
,2i
q)/ so is a simple list that is no row of the table, as a list joined to a
q)/ table gives its items, then the rows: the join is the same both ways
q)u:([]a:1 2)
q)count u,1 2 3
5
q).Q.s1 u,1 2 3
"((,`a)!,1;(,`a)!,2;1;2;3)"
q).Q.s1 1 2 3,u
"(1;2;3;(,`a)!,1;(,`a)!,2)"
q).Q.s1 u,"xy"
"((,`a)!,1;(,`a)!,2;\"x\";\"y\")"
q)/ a list of one item a column is still a row
q)([]a:1 2;b:3 4),5 6
a b
---
1 3
2 4
5 6
