q)/ .Q.gz deflates and inflates in the gzip format (docs/ref/dotq.md); the zipped bytes depend on the compressor
q).Q.gz[::]
1b
q)s:10000#"helloworld"
q)z:.Q.gz(9;s)
q)type z
10h
q)count[z]<100
1b
q)s~.Q.gz z
1b
q).Q.gz .Q.gz(1;0x000102)
0x000102
q)/ -35! is .Q.gz (docs/basics/internal.md); qwebapi zips its responses with -35!(6;y)
q)s~-35!-35!(6;s)
1b
q)/ .Q.fk: the table a foreign-key column points into, else the null symbol
q)p:([id:`a`b`c]v:1 2 3)
q)t:([]c:`p$`a`b;d:1 2)
q).Q.fk t`c
`p
q).Q.fk t`d
`
