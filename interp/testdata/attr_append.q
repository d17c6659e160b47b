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
