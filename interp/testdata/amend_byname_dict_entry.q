q)/ @[`d;k;f;y] on a global dictionary sets an entry or adds its key, an operator on a new key starting from its identity; a value taken from d before keeps what it held
q)d:`a`b!1 2
q)e:d
q)@[`d;`a;:;10]
`d
q)@[`d;`c;:;3]
`d
q)f:d
q)@[`d;`b;+;5]
`d
q)@[`d;`z;+;7]
`d
q)e
a| 1
b| 2
q)f
a| 10
b| 2
c| 3
q)d
a| 10
b| 7
c| 3
z| 7
