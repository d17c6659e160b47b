q)/ a dictionary keyed by lists (strings, grid points): one key picks one item, as indexing finds it (docs/basics/dictsandtables.md: Dictionary indexing uses Find)
q)/ a function picked by one string key takes the rest of the arguments, as d[`name;args] does (docs/wp/rt-tick: a dictionary of functions); d ./: applies it to each pair
q)check:("byr";"pid")!({1920<="J"$x};{9=count x})
q)check["byr";"1990"]
1b
q)check . ("pid";"01234")
0b
q)check ./: (("byr";"1990");("pid";"012345678"))
11b
q)/ amending at one key that is a vector (1 1 1) amends that key, new or not; its items are no indices repeated
q)d:(enlist 0 0 0)!enlist 0b
q)@[d;1 1 1;not]
0 0 0| 0
1 1 1| 1
q)@[d;(1 1 1;0 0 0);not]
0 0 0| 1
1 1 1| 1
q)e:(0 0 0;2 -1 -1)!5 6
q)@[e;2 -1 -1;+;10]
0 0 0  | 5
2 -1 -1| 16
q)@[e;(2 -1 -1;0 0 0);+;100 200]
0 0 0  | 205
2 -1 -1| 106
q)/ Find in a dictionary whose values are chars, given strings, gives the keys of each (docs/ref/find.md: right-atomic)
q)tr:"([{<"!")]}>"
q)tr?")]"
"(["
q)tr?(")]";"}>>")
"(["
"{<<"
q)(`a`b`c!"xyz")?("xy";"z")
`a`b
`c
