q)/ a function a program defines in .q is a verb, applied infix as q's keywords are
q).q.plus2:{x+y}
q)3 plus2 4
7
q)f:{10 plus2 x}
q)f 5
15
q)plus2[1;2]
3
q)/ text parsed before the definition is parsed again when evaluated after it
q)s:"2 times3 4"
q).q.times3:{x*y*3}
q)value s
24
q)1 2 3 times3 2
6 12 18
q)/ the namespace's dictionary of globals may hold dictionaries of the same keys
q)a:`x`y!1 2
q)b:`x`y!3 4
q).[`.;();_;`a]
`.
q)`a`b in key `.
01b
q)/ the parser takes the function itself: code parsed while it is in .q keeps it
q).q.twice:{2*x}
q)g:{twice x}
q).[`.q;();_;`twice]
`.q
q)g 21
42
