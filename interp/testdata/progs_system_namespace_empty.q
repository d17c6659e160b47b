/ key` lists q's own namespaces, .o among them, and each of them is there to
q)/ get even when it holds nothing, as a library that flattens every
q)/ namespace gets each name key` gives
q)`o in key`
1b
q)key `.o
,`
q)99h=type get `.o
1b
q)count {x where 99h=type each get each x} ` sv/:`,/:key[`] except `
5
