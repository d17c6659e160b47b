/ raze of a general list gives a list, as raze 42 gives ,42 (ref/raze.md):
/ one function in a list stays a list of one function, not the function.
/ KX's ml cross-validation takes n# of a projection, razes the folds and
/ applies each with peach, one result per fold.
q)p:{x+y}[1]
q)-3!raze enlist p
",{x+y}[1]"
q)count raze 1#p
1
q){x 2} peach raze 1#p
,3
q)-3!raze (p;p)
"({x+y}[1];{x+y}[1])"
