q)/ examples from KxSystems/docs docs/ref/delete.md, with the kdb+ output shown there
q)show table: ([] a: `a`b`c; n: 1 2 3)
a n
---
a 1
b 2
c 3
q)show delete from table where a = `c
a n
---
a 1
b 2
q)show delete n from table
a
-
a
b
c
q)show d:`a`b`c!til 3
a| 0
b| 1
c| 2
