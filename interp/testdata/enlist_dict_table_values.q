/ a dictionary whose value is a table has the table's rows as its items:
/ enlist of it is a one-row table whose cells are those rows (each column
/ the enlisted row, itself a table), and a list of such dictionaries with
/ the same keys is a table too (docs/ref/enlist.md: a dictionary gives a
/ 1-item table). KX's ml library reads its JSON map of renamed functions
/ so, and a key with one entry went wrong.
q)d:(enlist`a)!enlist `b`c!1 2
q)-3!d
"(,`a)!+`b`c!(,1;,2)"
q)-3!enlist d
"+(,`a)!,+`b`c!(,1;,2)"
q)d~first enlist d
1b
q)-3!(d;d)
"+(,`a)!,+`b`c!(1 1;2 2)"
q)m:.j.k"{\"u\":{\"f\":{\"n\":\"xx\",\"v\":\"1.0\"}},\"w\":{\"g\":{\"n\":\"yy\",\"v\":\"2.0\"}}}"
q)m[`u;`f]
n| "xx"
v| "1.0"
q)m[`w;`g;`v]
"2.0"
q)-3!.j.k"{\"w\":{\"g\":{\"n\":1}}}"
"(,`w)!+(,`g)!,+(,`n)!,,1f"
q)/ a table's column names carry no attribute: a record keyed by sorted
q)/ names (asc gives `s#) is a step dictionary, its enlist's row is not,
q)/ so a key it lacks finds null (KX ml's label encoder expects -1 there)
q)m:(asc `b`a`d)!0 1 2
q)m`e
2
q)r:first enlist m
q)r`e
0N
q)attr cols enlist m
`
