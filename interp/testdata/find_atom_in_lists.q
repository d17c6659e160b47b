q)/ Find in a list of lists seeks items of one rank less (docs/ref/find.md);
q)/ an atom sought there is taken as a list of one, so it is found where an
q)/ item is that one-item list, and never where an item is the atom itself
q)/ (docs/ref/in.md: 3 in (1 2;3) is 0b, 3 in (3;1 2) is 1b)
q)(enlist `rdb;enlist `hdb)?`hdb
1
q)(enlist `rdb;enlist `hdb)?`idb
2
q)(enlist 1;2 3)?1
0
q)(1 2;3)?3
2
q)3 in (1 2;3)
0b
q)3 in (3;1 2)
1b
q)"0" in enlist enlist "0"
1b
q)"0" in ("ab";"cd")
0b
q)/ so a dictionary grouped on lists of one symbol is read by symbol, as a
q)/ gateway groups the partitions each process holds
q)part:`hdb`rdb!(2000.01.01 2000.01.02;2000.01.03 2000.01.03)
q)g:group key[part] where each {within[y;]each value x}[part]'[2000.01.03 2000.01.01 2000.01.02]
q)g
,`rdb| ,0
,`hdb| 1 2
q)g`hdb
1 2
q)g`rdb
,0
q)/ and amended by symbol at the same key, a new key added as given
q)@[g;`hdb;:;3 4]
,`rdb| ,0
,`hdb| 3 4
q)g[`rdb]:5 6
q)g[`idb]:7
q)g
,`rdb| 5 6
,`hdb| 1 2
`idb | 7
q)/ an atom is no list of two ranks less
q)((1 2;3 4);(5 6;7 8))?1
2
