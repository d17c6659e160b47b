q)/ constructs application frameworks rely on at start-up, in our own words
q)/ command-line options as .Q.opt gives them: a missing option indexes to nulls
q)opts:`mode`name!(enlist "fast";enlist "node1")
q)"off"~lower first opts`verbose
0b
q)/ a namespace filled by name, then read back as a dictionary
q)req:`kind`label
q)@[`.cfg;req;:;`worker`w1]
`.cfg
q).cfg.kind
`worker
q).cfg req
`worker`w1
q)any null `.cfg req
0b
q)/ probing settings that may be undefined
q)@[value;`.cfg.missing;0b]
0b
q)@[value;`.cfg.kind;`none]
`worker
q)/ a message dictionary started from the generic null
q)msgs.:(::)
q)msgs[`notfound]:{"no such item: ",string x}
q)msgs[`denied]:{"not allowed: ",string x}
q)msgs[`denied] `tbl
"not allowed: tbl"
q)/ exec from a dictionary, as an asof lookup returns one
q)tz:([]zone:`LDN`LDN`NYC;start:2020.01.01D00:00 2020.06.01D00:00 2020.01.01D00:00;adj:0D00:00 0D01:00 -0D05:00)
q)tz asof `zone`start!(`LDN;2020.07.01D00:00)
adj| 0D01:00:00.000000000
q)exec adj from tz asof `zone`start!(`LDN;2020.07.01D00:00)
0D01:00:00.000000000
q)/ typed infinities written in lower case
q)0wu
0Wu
q)0Wu~0wu
1b
q)0wp
0Wp
q)/ Cond with an even count as a switch with no default
q)pick:{$[x=1;`one;x=2;`two]}
q)pick 2
`two
q)pick 3
q)(::)~pick 3
1b
q)/ a unit-test results table: an int column takes the long 0 a record carries
q)res:([]name:`symbol$();ms:`int$();ok:`boolean$())
q)`res insert (`first;0;1b)
,0
q)`res insert (`second;12;0b)
,1
q)meta res
c   | t f a
----| -----
name| s
ms  | i
ok  | b
q)`res insert (`third;1.5;1b)
'type
q)/ membership in a table's rows, and of a function in a list of functions
q)groups:([name:`admins`users]descr:("all";"some"))
q)`admins in key groups
1b
q)`guests in key groups
0b
q)`guests`users in key groups
01b
q){x+1} in (?;!)
0b
q)(?) in (?;!)
1b
q)/ a row whose general columns come enlisted
q)journal:([]msg:();ok:`boolean$())
q)`journal insert (enlist "started";enlist 1b)
,0
q)`journal insert (enlist "stopped";enlist 0b)
,1
q)journal
msg       ok
------------
"started" 1
"stopped" 0
q)/ the each iterator as a noun in a parse tree, as functional qSQL takes it
q)t2:([]c:(1 2;3 4))
q)![t2;();0b;(enlist `c)!enlist ((';{" " sv string x});`c)]
c
-----
"1 2"
"3 4"
q)/ copies of a function, one per new name
q)handlers:`a`b!2#{x+1}
q)handlers[`b] 41
42
q)/ a root global named from inside a namespace
q)reg:([id:`symbol$()] n:`long$())
q)\d .app
q)`..reg upsert (`x;1)
`..reg
q)\d .
q)reg
id| n
--| -
x | 1
