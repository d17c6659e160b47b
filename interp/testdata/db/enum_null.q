q)/ a null symbol enumerates as the enumeration's null: the domain, in memory
q)/ or in a sym file, never takes the null symbol, so the indices .Q.en and ?
q)/ give the other symbols do not move (TorQ's partbyenum writedown relies on it)
q)s:`a`b
q)e:`s$`a`
q)e
`s$`a`
q)null e
01b
q)`s?`b``c
`s$`b``c
q)s
`a`b`c
q)t:([]x:`a`b`;y:1 2 3)
q)u:.Q.en[`:db;t]
q)get`:db/sym
`a`b
q)u`x
`sym$`a`b`
q)`:db/sym?`z
`sym$`z
q)get`:db/sym
`a`b`z
