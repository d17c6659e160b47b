q)/ docs/ref/upsert.md#splayed-table
q)`:data/tsplay/ set ([] c1:`sym?`a`b; c2:1.1 2.2)
`:data/tsplay/
q)`:data/tsplay upsert (`sym?`c; 3.3)
`:data/tsplay
q)select from `:data/tsplay
c1 c2
------
a  1.1
b  2.2
c  3.3
q)/ the column files hold the enumeration; a table upserts too
q)get `:data/tsplay/c1
`sym$`a`b`c
q)`:data/tsplay/ upsert ([]c1:`sym?`b`d;c2:4.4 5.5)
`:data/tsplay/
q)select from `:data/tsplay where c1=`b
c1 c2
------
b  2.2
b  4.4
q)`:data/tsplay/ upsert ([]c1:`x;c2:1f)
'type
q)count get `:data/tsplay/
5
q)/ docs/ref/dotq.md#en-enumerate-varchar-cols (under tmp/, not /tmp/)
q)t1:([]col1:`a`b`c;col2:1 2 3)
q)`:tmp/db/t1/ set .Q.en[`:tmp/db;t1];
q)sym
`a`b`c
q)get `:tmp/db/sym
`a`b`c
q)get `:tmp/db/t1/col1
`sym$`a`b`c
q)t2:([]col1:`a`d`e;col2:1 2 3)
q)`:tmp/db/t2/ set .Q.en[`:tmp/db;t2];
q)sym
`a`b`c`d`e
q)get `:tmp/db/sym
`a`b`c`d`e
q)([]sym:`mysym$`a`b`c)~.Q.ens[`:db;([]sym:`a`b`c);`mysym]
1b
q).Q.dd[`:dir]`file
`:dir/file
