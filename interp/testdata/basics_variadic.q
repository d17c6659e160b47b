q)/ examples from KxSystems/docs docs/basics/variadic.md, with the kdb+ output shown there
q)m:4 5#"abcdefghijklmnopqrst"
q)m[1 3]                        / unary
"fghij"
"pqrst"
q)m[1 3;2 4]                    / binary
"hj"
"rt"
q)t:([]name:`Tom`Dick`Harry;city:`London`Paris`Rome)
q)t[`name]                      / unary
`Tom`Dick`Harry
q)t 1                           / unary
name| Dick
city| Paris
q)t[1;`city]                    / binary
`Paris
q)+/[2 3 4]                  / unary
9
q)+/[1000000;2 3 4]          / binary
1000009
q)-':[1952 1954 1960]        / unary
1952 2 6
q)-':[1900;1952 1954 1960]   / binary
52 2 6
q)deltas[15 27 93]           / unary
15 12 66
q)-':[10;15 27 93]           / binary - supported
5 12 66
q)g:+/[100;]       / 2-item argument list resolves the binary form
q)g 2 3 4 5        / the projection is unary
114
q)|[2;til 5]        / binary: maximum
2 2 2 3 4
q)2|til 5            / maximum
2 2 2 3 4
q)2#"zero"           / take
"ze"
