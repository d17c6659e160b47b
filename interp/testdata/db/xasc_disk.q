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
q)/ each column file is written back as set writes it: a column of plain symbols stays one, with xasc's s# on it
q)`:p/t/s set `c`a`b`a
`:p/t/s
q)`:p/t/v set 1 2 3 4
`:p/t/v
q)`:p/t/.d set `s`v
`:p/t/.d
q)`s xasc `:p/t
`:p/t
q)get `:p/t/s
`s#`a`a`b`c
q)exec v from get `:p/t
2 4 3 1
q)/ a table kept in one file is written back whole
q)`:ft set ([]a:3 1 2)
`:ft
q)`a xasc `:ft
`:ft
q)get `:ft
a
-
1
2
3
