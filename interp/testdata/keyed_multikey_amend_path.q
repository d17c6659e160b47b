q)/ a keyed table with several key columns amended at depth: a list of one value per key column is one key, so .[kt;(key;`c);f;y] amends column c of that row, as kt[key;`c] reads it
q)t:([x:0 0 1;y:0 1 0]used:10 20 30;avail:1 2 3)
q)t[0 1;`used]
20
q).[t;(0 1;`used);+;5]
x y| used avail
---| ----------
0 0| 10   1    
0 1| 25   2    
1 0| 30   3    
q).[t;((0 0;1 0);`avail);:;7 8]
x y| used avail
---| ----------
0 0| 10   7    
0 1| 20   2    
1 0| 30   8    
q)t[1 0;`used]:0
q)t
x y| used avail
---| ----------
0 0| 10   1    
0 1| 20   2    
1 0| 0    3    
