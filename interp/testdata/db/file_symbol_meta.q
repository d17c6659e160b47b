q)/ cols and meta take a file symbol for a splayed table (docs/ref/cols.md,
q)/ docs/ref/meta.md: meta `:db/tr once the sym list is loaded); keys too
q)`:db/tr/ set .Q.en[`:db] ([]date:2020.01.01 2020.01.02;vol:10 20;inst:`a`b;price:1.5 2.5)
`:db/tr/
q)load `:db/sym
`sym
q)meta `:db/tr
c    | t f a
-----| -----
date | d
vol  | j
inst | s
price| f
q)cols `:db/tr
`date`vol`inst`price
q)cols `:db/tr/
`date`vol`inst`price
q)keys `:db/tr
`symbol$()
