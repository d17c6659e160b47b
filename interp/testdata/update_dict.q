q)/ update amends the entries of a dictionary as the columns of one record (docs/ref/update.md, docs/basics/qsql.md)
q)cfg:`kind`days`dir!(`hdb;5;`:/data)
q)update days:days+1,db:` sv (dir;kind) from cfg
kind| `hdb
days| 6
dir | `:/data
db  | `:/data/hdb
q)cfg
kind| `hdb
days| 5
dir | `:/data
q)/ by name, in place
q)update days:10 from `cfg
`cfg
q)cfg`days
10
q)/ a lambda's locals are seen
q){[n] update days:days*n from cfg}3
kind| `hdb
days| 30
dir | `:/data
q)/ since 4.1 2024.04.29 a by phrase on a dictionary is an error
q)update days:1 by kind from cfg
'type
