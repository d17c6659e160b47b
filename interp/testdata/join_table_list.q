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
