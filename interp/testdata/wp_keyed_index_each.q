q)/ a keyed table indexed with its key elided is a dictionary from the key rows; each key value then looks up its row (docs/wp/foreign-keys.md: update exID:exInfo[;`exID] each sym from `trade)
q)exInfo:([sym:`A`B`C]exID:1 2 3i;exSym:`X`Y`Z)
q)trade:([]sym:`A`B`A`C;price:1 2 3 4.)
q)update sym:`exInfo$sym from `trade
`trade
q)exInfo[;`exID] each trade`sym
1 2 1 3i
q)update exID:exInfo[;`exID] each sym from `trade
`trade
q)trade
sym price exID
--------------
A   1     1
B   2     2
A   3     1
C   4     3
q)exInfo[;`exSym] `B
`Y
