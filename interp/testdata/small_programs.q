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
