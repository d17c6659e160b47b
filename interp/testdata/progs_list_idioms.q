q)/ Amend At: y conforms to a list of index groups, one item for each group
q)@[5#0;(0 2;1 3 4);:;7 8]
7 8 7 8 8
q)@[5#`;(0 2;1 3 4);:;`a`b]
`a`b`a`b`b
q)@[5#0;(0 2;1 3 4);+;1 10]
1 10 1 10 10
q)/ an enumeration indexes a list by the indices behind it ("i"$e)
q)k:`a`b`c
q)e:`k$`c`a
q)10 20 30 e
30 10
q)@[3#0;e;:;9]
9 0 9
q)./[3 3#0;flip (e;e);:;1 2]
2 0 0
0 0 0
0 0 1
q)/ prev is Each Prior: binary, its left argument seeds the first item
q)prev[0f;1 2 3f]
0 1 2f
q)prev[`a;`b`c`d]
`a`b`c
q)/ Roll and Deal take a table as the list of its records
q)t:([]a:1 2 3;b:`x`y`z)
q)count 5?t
5
q)asc (-3?t)`a
`s#1 2 3
q)cols 2?t
`a`b
q)/ Each after a blank, where no expression follows the quote, iterates
q)G:((1 2f;3 4f);(5 6f;7 8f))
q)(avg '')G
1.5 3.5
5.5 7.5
q)/ x,:() leaves a general list as it is
q)s:("ab";"cd")
q)s,:()
q)count s
2
q)/ a letter cast names its column from what it casts, as `real$x does
q)u:([]a:1 2;b:`x`y)
q)cols update "e"$`x=b from u
`a`b
q)/ each over a dictionary keyed by a table maps its values
q)g:group ([]s:`a`b`a)
q)value count each g
2 1
q)key count each g
s
-
a
b
q)/ raze is ,/ : over a table, its records joined
q)raze ([]a:1 2;b:3 4)
a| 2
b| 4
q)raze ([]a:enlist 1;b:enlist 3)
a| 1
b| 3
q)/ f\: and f/: are binary: one argument projects them
q)(,\:)["ab"] "xy"
"axy"
"bxy"
q)p:{x+y}\:/:[1 2]
q)p 10 20
11 12
21 22
q)/ data's x/: and x\: stay sv and vs on one argument
q)(", "/:)("quick";"brown")
"quick, brown"
