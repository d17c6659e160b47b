q)/ `s, `u and `g are preserved on append in memory, if possible; `p is not
q)/ (docs/ref/set-attribute.md): insert, upsert and ,: into a g# column
q)t:([]a:`long$();sym:`g#`symbol$())
q)`t insert (1 2;`x`y)
0 1
q)attr t`sym
`g
q)`t insert (3;`z)
,2
q)attr t`sym
`g
q)t,:([]a:enlist 4;sym:enlist `x)
q)attr t`sym
`g
q)`t upsert (5;`y)
`t
q)meta t
c  | t f a
---| -----
a  | j    
sym| s   g
q)v:`s#1 2 3
q)v,:4
q)attr v
`s
q)v,:0
q)attr v
`
q)u:`u#1 2
q)u,:3
q)attr u
`u
q)u,:3
q)attr u
`
q)p:`p#1 1 2
q)p,:2
q)attr p
`
q)/ an append that grows the vector in place keeps `s while the order holds and drops it after
q)t:([]a:`s#0#0;b:0#0f)
q)do[3;`t insert (1;2f)]
q)`t insert (2;0f)
,3
q)attr t`a
`s
q)`t insert (0;0f)
,4
q)attr t`a
`
q)t`a
1 1 1 2 0
q)v:`s#0#0
q)do[3;v,:1]
q)v,:2 3
q)attr v
`s
q)v,:5 4
q)attr v
`
q)v
1 1 1 2 3 5 4
q)w:`s#0#0f
q)do[2;w,:0n]
q)w,:1f
q)attr w
`s
q)w,:0n
q)attr w
`
q)x:([]a:`u#0#0)
q)do[3;`x insert enlist count x]
q)attr x`a
`u
q)`x insert enlist 1
,3
q)attr x`a
`
q)x:([]s:`g#0#`;p:0#0f)
q)do[3;x,:(`a;1f)]
q)`x upsert (`b;2f)
`x
q)attr x`s
`g
q)x`s
`g#`a`a`a`b
