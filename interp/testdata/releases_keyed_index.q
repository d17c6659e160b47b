q)/ a keyed table indexed at depth by a table of keys gives one row per key (docs/releases/withdrawn.md, txf)
q)s:`a`s`d`f
q)c:2 3 5 7
q)p:1 2 3 4
q)r:10 20 30 40
q)t:([s;c];p;r)
q)t[([]s;c);`p`r]             / equivalent without txf
1 10
2 20
3 30
4 40
q)t[([]s:`d`a;c:5 2);`p`r]    / equivalent without txf
3 30
1 10
q)q:([]s:`d`f`s;c:5 7 3;k:"DFS")
q)select s,k,t[([]s;c);`p] from q    / equivalent without txf
s k x
-----
d D 3
f F 4
s S 2
