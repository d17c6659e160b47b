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
