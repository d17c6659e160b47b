q)/ xasc sorts a splayed table on disk (docs/ref/asc.md, "Sorting data on disk")
q)t:([]b:`s`g`a`s`a;c:30 10 43 13 24;g:til 5)
q)`:dat/t/ set .Q.en[`:dat]t
`:dat/t/
q)`c xasc `:dat/t
`:dat/t
q)t
b c  g
------
s 30 0
g 10 1
a 43 2
s 13 3
a 24 4
q)\l dat/t
`t
q)t
b c  g
------
g 10 1
s 13 3
a 24 4
s 30 0
a 43 2
q)/ xdesc too, named with the trailing slash
q)`g xdesc `:dat/t/
`:dat/t/
q)exec g from get `:dat/t
4 3 2 1 0
