q)/ amend and assign by name: a symbol names a global, amended in place; the symbol is returned
q).[`foo;();:;1 2 3]
`foo
q)foo
1 2 3
q)a:10 20 30
q)@[`a;1;neg]
`a
q)a
10 -20 30
q).[`a;enlist 2;+;5]
`a
q)a
10 -20 35
q)@[`a;0 2;:;7]
`a
q)a
7 -20 7
q).ns.v:1 2 3
q)@[`.ns.v;0;+;100]
`.ns.v
q).ns.v
101 2 3
q)`.ns.w set 5
`.ns.w
q)get `.ns.w
5
q)value `.ns.v
101 2 3
q)/ a namespace is a dictionary: amending it by a name sets that name
q).proc.a:1
q)@[`.proc;`b;:;2]
`.proc
q).proc.b
2
q)@[`.proc;`c`d;:;(3;"four")]
`.proc
q).proc.d
"four"
q)key `.proc
``a`b`c`d
q)@[`.;`rootname;:;42]
`.
q)rootname
42
q)@[`.newns;`x;:;7]
`.newns
q).newns.x
7
q)/ a dictionary held in a namespace is reached through the name
q).cfg.d:`a`b!(1;`x)
q).cfg.d.b
`x
q).cfg.d.a
1
q)t:([]c1:1 2;c2:`p`q)
q)t.c2
`p`q
q).cfg.missing
'.cfg.missing
q)/ x op: y on a name not yet defined
q)cnt+:1
q)cnt
1
q)lst,:`a
q)lst
,`a
q)/ the names of a namespace, the root written as .
q)\d .
q)va:1
q)vb:2
q)vf:{x}
q)\d .other
q)\d .
q)\v .
`a`cnt`foo`lst`rootname`t`va`vb
q)\f .
,`vf
q)/ the structure of a lambda lists the globals it refers to after its namespace
q)g:{[a;b]d::neg c:a*b+5;c+e}
q)(value g) 3
``d`e
q)/ joining nothing to a dictionary
q)(`a`b!1 2),()
a| 1
b| 2
