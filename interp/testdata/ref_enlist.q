q)/ examples from KxSystems/docs docs/ref/enlist.md, with the kdb+ output shown there
q)a:10
q)b:enlist a
q)c:enlist b
q)type each (a;b;c)
-7 7 0h
q)a~b
0b
q)a~first b
1b
q)b~c
0b
q)b~first c
1b
q)enlist `a`b`c!(1;2 3; 4)
a b   c
-------
1 2 3 4
q)a:enlist[3]
q)b,:3
