q)/ examples from KxSystems/docs docs/basics/dictsandtables.md, with the kdb+ output shown there
q)show d:`tom`dick`harry!1040 59 27
tom  | 1040
dick | 59
harry| 27
q)value d
1040 59 27
q)show d:`a`b`c!1 2 3
a| 1
b| 2
c| 3
q)key d
`a`b`c
q)value d
1 2 3
q)k:`a`b`c`d`e
q)v:10 20 30 40 50
q)show dic:k!v
a| 10
b| 20
c| 30
d| 40
e| 50
q)dic[`d`b]
40 20
q)v[3 1]
40 20
q)dic `d`b
40 20
q)v 3 1
40 20
q)v 5
0N
q)dic `x
0N
q)v[5 1]:42 100
'length
q)dic[`x`b]:42 100
q)dic
a| 10
b| 100
c| 30
d| 40
e| 50
x| 42
q)d:k!v
q)d:`a`b`c`d!10 20 30 10
q)where d=10
`a`d
q)d?30
`c
q)dns:`netbox`google`apple!`$("104.130.139.23";"216.58.212.206";"17.172.224.47")
q)dns `apple
`17.172.224.47
q)dns?`$"17.172.224.47"
`apple
q)where dns=`$"17.172.224.47"
,`apple
q)first dic
10
q)last dic
42
q)k:`a`b`c
q)v:1 2 3
q)(k!v) ~ reverse[k]!reverse v
0b
q)d
a| 10
b| 20
c| 30
d| 10
q)-2#d
c| 30
d| 10
q)-1 _ d
a| 10
b| 20
c| 30
q)`b`d#d
b| 20
d| 10
q)`b`x _ d
a| 10
c| 30
d| 10
q)(`a`b`c!10 20 30),`c`d!400 500
a| 10
b| 20
c| 400
d| 500
q)()!()                     / general empty dictionary
q)(`symbol$())!`float$()    / typed empty dictionary
q)show bd:`name`dob`sex!(`jack`jill`john;1982.09.15 1984.07.05 1990.11.16;`m`f`m)
name| jack       jill       john
dob | 1982.09.15 1984.07.05 1990.11.16
sex | m          f          m
q)flip bd
name dob        sex
-------------------
jack 1982.09.15 m
jill 1984.07.05 f
john 1990.11.16 m
