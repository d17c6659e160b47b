q)/ a dictionary from the rows of a table onto another list is looked up and amended by a record, a list of key values or a table of keys, as a keyed table is (KX kdb e/book.q)
q)b:([]s:();p:())!()
q)b[`s`p!(`a;1.0)]+:2
q)b[`s`p!(`a;1.0)]+:3
q)b[`s`p!(`b;2.0)]:7
q)value b
5 7
q)key b
s p
---
a 1
b 2
q)b[`s`p!(`b;2.0)]
7
q)b[(`a;1.0)]
5
q)b ([]s:`b`a;p:2 1f)
7 5
q)b[(`c;3.0)]:9
q)value b
5 7 9
q)b[`p`s!(3.0;`c)]
9
q)b[([]s:`a`d;p:1 4f)]:10 11
q)value b
10 7 9 11
