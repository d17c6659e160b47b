q)/ a table amended at no rows is unchanged, whatever f is (docs/ref/amend.md: f applies to x at each index, and there is none)
q)t:([]a:1 2;b:`x`y)
q)@[t;`long$();{x}]
a b
---
1 x
2 y
q)@[t;`long$();0b^]~t
1b
q)@[t;`long$();:;()]~t
1b
q)@[t;`long$();:;0#t]~t
1b
q)@[t;where 00b;::]~t
1b
