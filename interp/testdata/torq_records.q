q)/ a dictionary is one value of a general column (TorQ's .servers.SERVERS attributes)
q)s:([]name:`symbol$();w:`int$();attributes:())
q)`s insert (`rdb1;7i;`partition`tables!(2026.01.02;`trade`quote))
,0
q)`s insert (`hdb1;8i;()!())
,1
q)s
name w attributes
--------------------------------------------------
rdb1 7 `partition`tables!(2026.01.02;`trade`quote)
hdb1 8 ()!()
q)/ update at some rows with a list of records (a table) sets each row's record
q)update attributes:{`p`q!(x;1)} each w from `s where name=`hdb1
`s
q)s`attributes
`partition`tables!(2026.01.02;`trade`quote)
`p`q!(8i;1)
q)/ raze joins a table's rows with the atoms beside it
q)count raze (([]a:1 2);`file;5)
4
q)/ a column given as a list of records keeps one record a row, and lj sets them row by row
q)C:([]p:`a`b;at:(`x`y!1 2;`x`y!3 4))
q)C[`at] 1
x| 3
y| 4
q)S:([]p:`a`b;at:(()!();()!()))
q)S lj 1!select from C where p=`a
p at      
----------
a `x`y!1 2
b ()!()   
q)/ upsert goes over IPC as the projection q.k defines it as, .[;();,;] (TorQ's psHandle(upsert;`trade;row)); bare, x f upsert composes (compose_keyword.q), so it is parenthesised
q)(-8!(upsert))~-8!.[;();,;]
1b
q)f:-9!-8!(upsert)
q)t:([]a:1 2)
q)f[`t;enlist 3]
`t
q)t`a
1 2 3
q)/ a column of records held as a table goes over IPC and back, whatever rows are left (TorQ's .stpps.subrequestfiltered)
q)r:update c:([]s:`x`y;p:3 4) from ([]a:1 2)
q)r~-9!-8!r
1b
q)d:delete from r where a=1
q)d~-9!-8!d
1b
q)e:delete from r where a>0
q)e~-9!-8!e
1b
