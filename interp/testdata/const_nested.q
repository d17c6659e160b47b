q)/ a list of constants, nested lists of constants included, is made once and shared by every evaluation: amending what it gave leaves the next evaluation's value as written
q)f:{x:(`a;(1;2f)); x[1;0]:9; x}
q)f[]
`a
(9;2f)
q)f[]
`a
(9;2f)
q)g:{x:(`a;(1;2f);3); x[1],:7; x}
q)g[]
`a
(1;2f;7)
3
q)g[]
`a
(1;2f;7)
3
q)h:{x:(1;(2;3f)); x[1;1]+:1; x}
q)h[]
1
(2;4f)
q)h[]
1
(2;4f)
q)m:{x:((1;2f);(3;4f)); x[0]:`q; x}
q)m[]
`q
(3;4f)
q)m[]
`q
(3;4f)
q)L:(1;(2;3f))
q)L[1;0]:5
q)L
1
(5;3f)
q)(1;(2;3f))
1
(2;3f)
q)a:(1;(`x;2f))
q)a[1],:`y
q)a
1
(`x;2f;`y)
q)(1;(`x;2f))
1
(`x;2f)
q)u:{y}
q)do[3;u[`t;(`abc;1.5;100)]]
q)(`upd;`t;(`abc;1.5;100))
`upd
`t
(`abc;1.5;100)
q)/ a keyword applied with brackets to one argument is the keyword applied to it
q)neg[3]
-3
q)neg[1 2]
-1 -2
q)count[1 2 3]
3
q)string[`ab]
"ab"
q)first[(1 2;3)]
1 2
q)/ a name q does not reserve, defined by the user, is the user's with brackets as without
q)find:{x+100}
q)find 1
101
q)find[1]
101
q)g:{find[x]}
q)g 2
102
