q)/ amending an undefined global by name does what x op:y and x[k]:y do on one: the whole gets y ((),y for a join), keys start a dictionary (KX kdb tick/c.q: .[`.u.t;();,'';x] on its first update)
q).[`.u.t;();,;1 2]
`.u.t
q).u.t
1 2
q).[`zz;();+;5]
`zz
q)zz
5
q)@[`ww;`a;:;1]
`ww
q)ww
a| 1
q)zz+:1
q)zz
6
q)@[`nope;0;+;1]
'nope
