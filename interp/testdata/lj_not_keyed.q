/ lj checks that y is a keyed table (docs/ref/lj.md, since V4.0): a
/ dictionary of a table's rows onto a list (as group of a table gives) is not
q)x:([]a:1 2 3;b:10 20 30)
q)x lj ([]a:1 2)!3 4
'type
q)x lj group ([]a:1 2 1)
'type
q)x lj 1!([]a:1 3;b:100 300)
a b  
-----
1 100
2 20 
3 300
