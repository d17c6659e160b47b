/ a namespace is a dictionary (docs/basics/namespaces.md): amending it by
q)/ key defines or changes its globals
q).rand.a:0
q).rand[`x]:5
q).rand.x
5
q)key `.rand.x
`.rand.x
q)key `.rand
``a`x
q){.rand[x]:6;} `y
q).rand.y
6
q).rand[`x]+:10
q).rand`x`y
15 6
q).rand[`d]:`p`q!1 2
q).rand[`d;`q]:20
q).rand.d
p| 1
q| 20
q)/ rolled from an empty list, every pick is out of range: the items' null
q)/ (rand is {first 1?x}, docs/ref/rand.md)
q)rand `long$()
0N
q)3?`symbol$()
```
q)rand ""
" "
q)-2?`long$()
'length
