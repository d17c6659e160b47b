q)/ an empty item among items of other counts prints as its own form, () or `long$(), on its line
q)/ (docs/ref/dotq.md: .Q.chk prints () over (); docs/ref/cut.md, docs/learn/reading/klondike.md: `long$() lines)
q)(1;())
1
()
q)(`a;0#0;1 2)
`a
`long$()
1 2
q)2 4 4 9 _ til 10
2 3
`long$()
4 5 6 7 8
,9
q)/ items all empty make a matrix of no columns: a blank line each, as the value of .Q.pn
q)/ before any count is cached prints t| with nothing after the bar (docs/ref/dotq.md, .Q.pn)
q)(enlist`t)!enlist ()
t|
q)`a`b!(();())
a|
b|
