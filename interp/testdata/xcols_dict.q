q)/ xcols reorders the columns of a table (docs/ref/cols.md#xcols); q.k
q)/ defines it as (x,f where not (f:cols y) in x)#y, and the cols of a
q)/ dictionary are its keys, so it reorders a dictionary's entries too (a
q)/ functional query's by phrase, as TorQ's dataaccess orders it).
q)`c`b xcols `a`b`c!1 2 3
c| 3
b| 2
a| 1
q)b:`date`sym`x!(`date;`sym;(+;`a;1))
q)(inter[`sym`date;key b]) xcols b
sym | `sym
date| `date
x   | (+;`a;1)
q)`b xcols ([]a:1 2;b:3 4)
b a
---
3 1
4 2
