q)/ a symbol inserted into a foreign-key column is enumerated over the keyed table's key; one missing from it is 'cast (docs/wp/foreign-keys.md)
q)firms:([tick:`X`Y`Z] eps:1.5 2.5 4.0; bv:3 5 8f)
q)deals:([]at:`time$();tick:`firms$();px:`float$())
q)`deals insert (10:00:00.000;`Y;30.0)
,0
q)exec tick from deals
`firms$,`Y
q)`deals insert (10:00:01.000;`W;1.0)
'cast
q)`firms insert (`W;0.5;1f)
,3
q)`deals insert (10:00:01.000;`W;1.0)
,1
q)select at,tick,ratio:px%tick.eps from deals
at           tick ratio
-----------------------
10:00:00.000 Y    12
10:00:01.000 W    2
q)/ the column is a pointer into the key: deleting a row of the keyed table moves what it names
q)delete from `firms where tick=`X
`firms
q)first exec tick from deals
`firms$`Z
q)/ a plain enumeration takes symbols the same way, and so does upsert into a keyed table
q)syms:`a`b`c
q)lg:([]s:`syms$();n:`long$())
q)`lg insert (`b;1)
,0
q)`lg upsert (`c;2)
`lg
q)lg
s n
---
b 1
c 2
q)pos:([tick:`firms$()] qty:`long$())
q)`pos upsert (`Y;100)
`pos
q)`pos upsert (`Q;1)
'cast
q)pos
tick| qty
----| ---
Y   | 100
q)/ a linked column holds row indices of an unkeyed table; one past its end shows as the index and follows to nulls (docs/wp/foreign-keys.md)
q)fin:([]sym:`A`B`C;eps:1 2 3f)
q)ep:([]sym:`A`C`E;size:10 20 30)
q)update fl:`fin!fin.sym?sym from `ep
`ep
q)`ep insert (`S;40;`fin!6)
,3
q)ep
sym size fl
-----------
A   10   0
C   20   2
E   30   3
S   40   6
q)select sym,fl.eps from ep
sym eps
-------
A   1
C   3
E
S
