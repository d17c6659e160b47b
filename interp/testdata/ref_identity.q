q)/ examples from KxSystems/docs docs/ref/identity.md, with the kdb+ output shown there
q)(::)1
1
q)(::;avg)@\:1 2 3
1 2 3
2f
q)1 2 3 ::
1 2 3
q)enlist {1;}[]
::
q)enlist {x}[]
::
q)x:(1;2;3)
q)x:(::;1;2)
q)x,:`a  / ok
q)q:3[::]       / not an applicable value
'type
q)views[]   / no views: an empty symbol list, unsorted (docs/ref/parse.md)
`symbol$()
q)vv::1+2
q)views[]
`s#,`vv
