q)/ an empty item of a general list prints as its own form on its line, () or `long$()
q)/ (docs/ref/dotq.md: .Q.chk prints () over (); docs/learn/reading/klondike.md: `long$() lines);
q)/ a list whose items are all empty is no matrix of zero columns, so it prints the same way
q)(();();())
()
()
()
q)(1;())
1
()
q)(0#0;0#0)
`long$()
`long$()
q)(0#`;"")
`symbol$()
""
q)enlist ()
()
q).Q.s (();())
"()\n()\n"
q)2 4 4 9 _ til 10
2 3
`long$()
4 5 6 7 8
,9
