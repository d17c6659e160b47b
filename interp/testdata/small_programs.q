q)/ Amend at depth with an elided level: each item of the level is amended with its own item of y
q)v:(("day X";"gift");("day X";"gifts"))
q)r:.[v;(::;0);ssr[;"X";];("one";"two")]
q)r[;0]
"day one"
"day two"
q)r[;1]
"gift"
"gifts"
q).[(("a";1);("b";2));(::;0);,;"xy"][;0]
"ax"
"by"
q).[(`a`b!(1 2;3 4));(::;1);*;10 100]
a| 1 20
b| 3 400
q)/ a cross section pairs each path with its item of y (ref/amend.md)
q)d:((1 2 3;4 5 6 7);(8 9;10;11 12);(13 14;15 16 17 18;19 20))
q).[d;(2 0;0 1 0);,;(100 200 300;400 500 600)]
(1 2 3 400 600;4 5 6 7 500)
(8 9;10;11 12)
(13 14 100 300;15 16 17 18 200;19 20)
q)/ Tok reads a leading plus sign on numbers: puzzle input such as "+7" and "-3"
q)"J"$("+7";"-3";"+16")
7 -3 16
q)sum "J"$("+1";"-2";"+3";"+1")
3
q)"F"$"+2.5"
2.5
q)"I"$"+42"
42i
q)/ x in an empty general list: one flag for each item of x, pairs sought whole
q)seen:()
q)(2 1;1 0;3 3) in seen
000b
q)p:(2 1;1 0)
q)p where not p in seen
2 1
1 0
q)`a`b in ()
00b
q)/ a keyed table is a dictionary: kt[;`c] maps each key row to its value
q)kt:([x:0 0 1 1;y:0 1 0 1]used:5 0 3 4)
q)type kt[;`used]
99h
q)value kt[;`used]
5 0 3 4
q)value first where kt[;`used]=0
0 1
q)/ kt[keys;`c] on a key of several columns: one key, or a list of keys
q)kt[1 0;`used]
3
q)kt[(0 1;1 0;1 1);`used]
0 3 4
q)/ delete from a dictionary with no keys named deletes every entry (ref/delete.md)
q)w:`a`b`c!1 2 3
q)delete from `w
`w
q)count w
0
q)key w
`symbol$()
q)w[`d]:4
q)w
d| 4
q)/ a dictionary held in a dictionary gains keys one amend at a time (registers by program)
q)reg:()!()
q)reg[`p0]:()!()
q)reg[`p0;`a]:0
q)reg[`p0;`b]:0
q)reg[`p0;`a]+:5
q)reg[`p0]
a| 5
b| 0
q)reg[`p0;`b]
0
