q)/ upsert is .[;();,;] in q (q.k): a parse tree holds that projection (docs/wp/permissions/index.md)
q)upsert
.[;();,;]
q)(.[;();,;])~first parse"`trade upsert (.z.t;`AAPL;440.1234;500000;`NYSE)"
1b
q)(insert)~first parse"`trade insert (.z.t;`AAPL;440.1234;500000;`NYSE)"
1b
q)/ and .[x;();,;y] upserts as upsert does (docs/ref/upsert.md)
q)t:([]name:`tom`dick`harry;age:28 29 30;sex:`M)
q).[t;();,;(`dick;49;`M)]
name  age sex
-------------
tom   28  M
dick  29  M
harry 30  M
dick  49  M
q)a:([s:`q`w`e]r:1 2 3;u:5 6 7)
q).[`a;();,;(`e;30;70)]
`a
q)a
s| r  u
-| -----
q| 1  5
w| 2  6
e| 30 70
q)f:upsert[`a]
q)f (`r;40;80)
`a
q)count a
4
q)/ on a list by name it is a join
q)l:1 2
q).[`l;();,;3 4]
`l
q)l
1 2 3 4
q)`l upsert 5
`l
q)l
1 2 3 4 5
q)1 upsert 2
1 2
