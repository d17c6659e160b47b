q)/ exec ... by 0b is select's functional form ?[t;c;0b;a]: a table; by 1b keeps distinct rows
q)t:([]a:`x`y`x`x;b:1 2 1 3)
q)exec a,b by 0b from t
a b
---
x 1
y 2
x 1
x 3
q)exec a,b by 1b from t
a b
---
x 1
y 2
x 3
q)/ exec distinct keeps the distinct items of its first column only (exec.md, Limit expression)
q)exec distinct a,b,a from t
a | `x`y
b | 1 2 1 3
a1| `x`y`x`x
q)exec distinct a from t
`x`y
q)parse "exec a,b by 0b from t"
?
`t
()
0b
`a`b!`a`b
