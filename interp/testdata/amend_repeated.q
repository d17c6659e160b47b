q)/ amend at an index given more than once applies f once per occurrence, in order (docs/ref/amend.md)
q)d:((1 2 3;4 5 6 7);(8 9;10;11 12);(13 14;15 16 17 18;19 20))
q)@[d;1 1 1;+;3] / binary f
(1 2 3;4 5 6 7)
(17 18;19;20 21)
(13 14;15 16 17 18;19 20)
q)@[5#0;1 1 3;+;1]
0 2 0 1 0
q)@[5#0;1 1 3;+;10 20 30]
0 30 0 30 0
q)@[1 2 3;0 0;2*]
4 2 3
q)a:5#0
q)a[1 1 3]+:1
q)a
0 2 0 1 0
q)@[`a`b!1 2;`a`a`b;+;1]
a| 3
b| 3
q)/ the general null selects the whole list, and a unary applies to each item of it: @[d;::;u] is u'[d]
q)@[1 2; ::; *; 3 4]
3 8
q)@[(1 2;4 5); ::; ,; 3 6]
1 2 3
4 5 6
q)@[1 2; ::; 3 4*]
'type
q)@[(1 2;3 4);::;sum]
3 7
