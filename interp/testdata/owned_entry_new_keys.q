/ d[k],:y on a key d lacks appends the key and the entry (),y in place,
/ as the amend does (docs/ref/amend.md: an amend at a new key of a
/ dictionary adds it); a reader taken before, of d, its keys or an
/ entry, keeps the value it read.
q)d:`a`b!(1 2;3 4)
q)e:d
q)d[`c],:5
q)d
a| 1 2
b| 3 4
c| ,5
q)e
a| 1 2
b| 3 4
q)x:d`c
q)d[`c],:6 7
q)x
,5
q)d`c
5 6 7
q)ks:key d
q)f:{d[x],:y;}
q)f[`z;8 9]
q)ks
`a`b`c
q)key d
`a`b`c`z
q)d`z
8 9
q)/ a multimap keyed by a `u# vector, read item by item as it grows
q)m:(`u#0 3 6)!enlist each 1 2 3
q)g:{[xy] m[i:first m first xy],:y:last xy; (i;y+1)}
q)r:g/[6;(6;4)]
q)r
2 10
q)m
0| ,1
3| 2 4 8
6| 3 7
2| 5 9
5| ,6
q)attr key m
`u
q)m2:m
q)m[4],:1
q)count m2
5
q)count m
6
q)/ an index evaluated once: its assignment and reads happen once
q)n:0
q)h:(`u#`long$())!()
q)h[n+:1],:10
q)n
1
q)h
1| 10
