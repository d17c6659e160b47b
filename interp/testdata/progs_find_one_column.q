/ each column of a table paired with the item of y (docs/ref/find.md): for
q)/ one column an atom is the record, as a logging library finds its level
q)/ in the key of its keyed table of levels
q)levels:`level xkey flip `level`fd!"SI"$\:()
q)levels[`DEBUG]:-1i
q)levels[`INFO]:-1i
q)levels[`ERROR]:-2i
q)key[levels]?`INFO
1
q)key[levels]?`FATAL
3
q)([]a:1 2 3)?2
1
q)([]a:1 2 3)?enlist 3
2
