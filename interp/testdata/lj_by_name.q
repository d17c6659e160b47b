q)/ lj takes the name of a table and updates it in place, giving the name back (kdb+ 4.1, docs/ref/lj.md)
q)t:([]a:1 2 3;b:10 20 30)
q)`t lj ([a:1 3]c:7 9)
`t
q)t
a b  c
------
1 10 7
2 20  
3 30 9
q)/ the general empty list joins nothing: x comes back as it is
q)t lj ()
a b  c
------
1 10 7
2 20  
3 30 9
q)`t lj ()
`t
q)/ ljf fills from y only where y has a value
q)`t ljf ([a:1 2]c:0N 5)
`t
q)t
a b  c
------
1 10 7
2 20 5
3 30 9
q)/ y must still be keyed, and a name must name something
q)t lj t
'type
q)`nosuch lj ([a:1]c:1)
'nosuch
q)1 2 lj ()
'type
