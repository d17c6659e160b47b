q)/ a list of keys onto one atom makes a dictionary, the form kdb+ holds a partitioned table's flip in (docs/ref/dotq.md .Q.qp: +`time`sym`price`size!`B); it cannot be indexed
q)d:`a`b`c!`d
q)type d
99h
q)d`a
'par
q)key d
`a`b`c
q)value d
`d
q)/ a query pairing each open handle with the one type asked for (TorQ's wdb reload: exec (w!x) from .servers.getservers[...])
q)s:([]w:7 8i;t:`hdb`hdb)
q)a:{[x] exec (w!x) from s where t=x}`hdb
q)key a
7 8i
q)value a
`hdb
q)/ it goes over IPC and back
q)a~-9!-8!a
1b
