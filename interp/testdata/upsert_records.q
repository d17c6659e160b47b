q)/ A keyed table of untyped columns takes rows whose items are dictionaries
q)/ (docs/ref/upsert.md: rows are upserted by key), as TorQ's dataaccess logs
q)/ each request's parameters; the column holds one record a row.
q)s:([q:()]user:();request:())
q)`s upsert (1;`u;`a`b!1 2)
`s
q)`s upsert (2;`v;`a`b!3 4)
`s
q)count s
2
q)s[2]`request
a| 3
b| 4
q)`s upsert (1;`w;`a`b!5 6)
`s
q)s[1]
user   | `w
request| `a`b!5 6
q)/ The dictionaries of such a column need not share their keys: each row's
q)/ request is its own record, and the column stays a general list.
q)`s upsert (3;`x;`a`b`c!(7;8;{x}))
`s
q)type exec request from s
0h
q)key s[3]`request
`a`b`c
q)/ A record upserted into a simple table is appended as insert appends it:
q)/ a long goes into an int column as an int (KX's k4unit inserts 0 into its
q)/ int columns; TorQ's stp upserts its long log count into an int column).
q)m:([]seq:`int$();name:`$();msgs:`int$())
q)`m upsert (1;`log1;0)
`m
q)`m upsert (2;`log2;5)
`m
q)meta m
c   | t f a
----| -----
seq | i    
name| s    
msgs| i    
q)m`seq
1 2i
q)`m upsert (3;`log3;`x)
'type
q)/ A record's strings are single values of general columns, whatever their
q)/ lengths (TorQ's .api.add describes each function so).
q)api:([name:`symbol$()]public:`boolean$();descrip:();params:())
q)`api upsert (`f;1b;"find a name";"[string]")
`api
q)`api upsert (`g;0b;"get";"[symbol;int]")
`api
q)api`g
public | 0b
descrip| "get"
params | "[symbol;int]"
q)count api
2
q)t:([]a:`int$();b:())
q)`t insert (1;"abc")
,0
q)t`b
"abc"
q)/ A list in a record is one value of an empty general column too (TorQ's
q)/ gateway queues each query with the list of server types it needs).
q)qq:([id:`long$()]query:();servertype:();sync:`boolean$())
q)`qq upsert (1;(`getdata;`a`b!1 2);enlist`hdb;1b)
`qq
q)qq[1;`servertype]
,`hdb
q)qq[1;`query]
`getdata
`a`b!1 2
q)/ ... an enlisted list included: a record keeps each value as it is given
q)/ (TorQ's stp keeps a subscriber's where clause as parse gives it).
q)sf:([]tbl:`$();filts:();cols:())
q)`sf upsert (`trade;enlist enlist (in;`sym;enlist`A`B);())
`sf
q)`sf upsert (`quote;(parse "select from t where a>1,b<2") 2;`a`b!`a`b)
`sf
q)-3!sf`filts
"(,,(in;`sym;,`A`B);,((>;`a;1);(<;`b;2)))"
q)t:([]a:1 2 3;b:3 2 1)
q)eval (?;t;sf[1;`filts];0b;sf[1;`cols])
a b
---
3 1
q)/ A column of records with the same keys, emptied, takes other values again.
q)cs:([]h:`int$();c:())
q)`cs upsert (1i;`a`b!`a`b)
`cs
q)delete from `cs;
q)`cs upsert (2i;())
`cs
q)count cs
1
q)/ atoms and lists of one are the columns of one row: an enlisted value is the
q)/ column's part (docs/kb/faq.md, Inserting records)
q)table:([stock:()] price:())
q)insert[`table; (`intel; enlist (123.2; 120.4; 131.0))]
,0
q)table
stock| price          
-----| ---------------
intel| 123.2 120.4 131
