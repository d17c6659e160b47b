/ a symbol is a name, and a name cannot start with an underscore
/ (docs/basics/syntax.md): `_x is the null symbol, Drop, then x
q).os.cmd.pwd.l:1
q).os.cmd.ls.l:2
q)key .os.cmd
``pwd`ls
q)key`_.os.cmd
`pwd`ls
q)(`_.os.cmd)[;`l]
pwd| 1
ls | 2
q)`a_b`c_
`a_b`c_
