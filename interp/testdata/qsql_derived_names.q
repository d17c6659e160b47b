q)/ an unnamed column whose expression applies a derived function (f', f/:, f\:) takes its name from the right
q)/ docs/basics/qsql.md
q)tbl:([] id:1 1; val:100 200)
q)select (id,'4),val from tbl
x   val
-------
1 4 100
1 4 200
q)/ docs/wp/iterators/index.md
q)tab:([]sym:`AA`BB`CC;price:(1 2 3.;4 5 9.;2 2 8.))
q)rng:{max[x]-min x}
q)inx:(0 1;1 2;0 2)
q)select sym, rng'[price@'inx] from tab
sym inx
-------
AA  1
BB  4
CC  6
q)inx:0 2
q)select sym, rng'[price@\:inx] from tab
sym inx
-------
AA  2
BB  5
CC  6
