q)/ examples from KxSystems/docs docs/ref/insert.md, with the kdb+ output shown there
q)show x:([a:`x`y];b:10 20)
a| b
-| --
x| 10
y| 20
q)tnew
'tnew
q)`x insert (`z;30)
'insert
