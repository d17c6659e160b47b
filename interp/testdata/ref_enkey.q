q)/ examples from KxSystems/docs docs/ref/enkey.md, with the kdb+ output shown there
q)t:([]a:1 2 3;b:10 20 30;c:`x`y`z)
q)2!t
a b | c
----| -
1 10| x
2 20| y
3 30| z
q)t:([a:1 2 3]b:10 20 30;c:`x`y`z)
q)0!t
a b  c
------
1 10 x
2 20 y
3 30 z
q)t:([a:1 2 3]b:10 20 30;c:`x`y`z)
