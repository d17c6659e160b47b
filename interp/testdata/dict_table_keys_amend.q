q)/ a dictionary keyed by a table, amended at a record with an operator (KX's e/book.q: b[`s`p#x]+:x`z):
q)/ a new record is added with the operator applied to the null, an old one amended in place
q)b:([]s:();p:())!()
q)b[`s`p!(`a;1.5)]+:3
q)b[`s`p!(`a;1.5)]+:4
q)b[`s`p!(`b;2.5)]+:1
q)key b
s p  
-----
a 1.5
b 2.5
q)value b
7 1
q)r:`s`t`p`z!(`a;1;1.5;-2)
q)r[`z]:b[`s`p#r]+:r`z
q)r`z
5
q)b[(`b;2.5)]
1
q)b[([]s:`b`a;p:2.5 1.5)]
1 5
q)/ records appended to a table held in a dictionary (e/book.q: B[s],:x _`s), the table read before unchanged
q)B:()!()
q)B[`x]:([]p:enlist 1.0;z:enlist 2)
q)B[`x],:`p`z!(3.0;4)
q)c:B
q)B[`x],:`p`z!(5.0;6)
q)c`x
p z
---
1 2
3 4
q)B`x
p z
---
1 2
3 4
5 6
q)count each B
x| 3
