/ select from a dictionary treats it as one record, as update does: the
/ entries are the columns and the result is a dictionary of the columns
/ selected (docs/basics/qsql.md: the table expression may be a table or
/ dictionary; a select result is a table or dictionary). KX's ml library
/ builds its k-d tree nodes so.
q)node:`leaf`self`idxs!(0b;3;0 1 2)
q)select leaf,self,kids:self+1+(0;2),idxs:0#0 from node
leaf| 0b
self| 3
kids| 4 6
idxs| `long$()
q)select from node
leaf| 0b
self| 3
idxs| 0 1 2
q)enlist[select leaf:1b,self from node],enlist select leaf,self from node
leaf self
---------
1    3
0    3
