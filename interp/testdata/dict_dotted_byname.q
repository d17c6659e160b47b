/ A root name x.a with x a dictionary names x's entry a (x.a:v amends it,
/ docs/basics/namespaces.md: a namespace is a dictionary); the forms that
/ take a name reach it too: upsert, insert, functional amend and set.
/ psaris/qtips prof.q keeps its events table as prof.events this way.
q)prof.events:([]id:`long$();f:`symbol$())
q)`prof.events upsert (1;`a)
`prof.events
q)`prof.events insert (2;`b)
,1
q)prof.events
id f
----
1  a
2  b
q)key prof
``events
q)c.n:1 2
q).[`c.n;();,;3]
`c.n
q)@[`c.n;0;+;10]
`c.n
q)c.n
11 2 3
q)`c.n set 4
`c.n
q)c
 | ::
n| 4
q)get`c.n
4
