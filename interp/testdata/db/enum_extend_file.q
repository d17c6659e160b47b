q)/ Enum Extend of a file (docs/ref/enum-extend.md, Filepath): the file's
q)/ symbols are loaded as the variable of its name, extended, written back
q)bar:`c`d  /about to be overwritten
q)`:bar?`a`b`c`b`a`b`c`c`c`c`c`c`c
`bar$`a`b`c`b`a`b`c`c`c`c`c`c`c
q)bar
`a`b`c
q)get `:bar
`a`b`c
q)`long$`:bar?`c`d
2 3
q)get `:bar
`a`b`c`d
q)delete bar from `.;
q)`:bar?`e
`bar$`e
q)bar
`a`b`c`d`e
