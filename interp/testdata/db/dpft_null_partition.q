q)/ a partition's directory is the text of its value, as string gives it: a
q)/ null one has none, so .Q.par names the table in the database's own
q)/ directory and .Q.dpft splays it there (docs/ref/dotq.md .Q.par, .Q.dpft)
q)string 0Nd
""
q).Q.par[`:db;0Nd;`quote]
`:db//quote
q).Q.par[`:db;2010.02.02;`quote]
`:db/2010.02.02/quote
q)quote:([]sym:`b`a`b;bid:1 2 3f)
q).Q.dpft[`:db;0Nd;`sym;`quote]
`quote
q)key`:db
`quote`sym
q)\l db
q)cols quote
`sym`bid
q)count quote
3
