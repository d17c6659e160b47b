q)/ examples from KxSystems/docs docs/ref/key.md, with the kdb+ output shown there
q)D:`q`w`e!(1 2;3 4;5 6)
q)key D
`q`w`e
q)K:([s:`q`w`e]g:1 2 3;h:4 5 6)
q)key K
s
-
q
w
e
q)f:([f:1 2 3]v:`a`b`c)
q)key each ("abc";101b;1 2 3h;1 2 3i;1 2 3;1 2 3f)
`char`boolean`short`int`long`float
q)key 0#5
`long
q)ids:`a`b`c
q)key 10
0 1 2 3 4 5 6 7 8 9
q)/ key of a name: a dictionary's or keyed table's key, else whether it exists (docs/ref/key.md)
q)D:`q`w`e!(1 2;3 4;5 6)
q)key `D
`q`w`e
q)K:([s:`q`w`e]g:1 2 3;h:4 5 6)
q)key `K
s
-
q
w
e
q)()~key`zz
1b
q)zz:1
q)key`zz
`zz
q)\d .foo
q)()~key`zz
1b
q)zz:1 2!3 4
q)key`zz
1 2
q)key`.foo.zz
1 2
q)key`..zz
`..zz
q)\d .
q)key`zz
`zz
q)key`.foo.zz
1 2
q)/ a namespace lists the namespaces nested in it (docs/basics/namespaces.md)
q).fee.fi.fo:42
q)key `.fee
``fi
q)key `.fee.fi
``fo
