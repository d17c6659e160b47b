q)/ -16!x reference count and -120!x memory domain (docs/basics/internal.md, docs/ref/dotm.md)
q)a:1 2 3
q)-16!a
1
q)a:b:c:d:e:1 2 3
q)-16!a
5
q)-120!'(1 2 3;.m.x:1 2 3)
0 1
