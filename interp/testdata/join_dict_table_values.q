/ a dictionary whose value is a table (enlist of a record is one) joined
/ with one whose value is a function: the table's rows and the function
/ form a general list of values, as a table joined with an atom gives its
/ rows and the atom (ref/join.md). KX's ml scalers return their fitted
/ state and a transform projection so.
q)s:`lo`hi!(1 2f;3 4f)
q)r:enlist[`info]!enlist s
q)c:r,enlist[`f]!enlist {x+y}[1]
q)c[`info;`hi]
3 4f
q)c[`f] 2
3
q)-3!([]a:1 2),{x}
"((,`a)!,1;(,`a)!,2;{x})"
