q)/ upsert of records each in a list (one per row), or of none, into a keyed table
q)t:`n xkey flip `n`w`p!"sjs"$\:()
q)`t upsert (`a;1;`)
`t
q)`t upsert {(x;t[x;`w];`a)} each `b`c`d
`t
q)`t upsert {(x;t[x;`w];`a)} each `symbol$()
`t
q)`t upsert ()
`t
q)t
n| w p
-| ---
a| 1  
b|   a
c|   a
d|   a
q)`t upsert (`a;5;`z)
`t
q)t`a
w| 5
p| `z
