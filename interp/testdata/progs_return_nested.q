/ :x inside an expression whose value is used leaves the function there:
q)/ nothing after it is evaluated, neither the application nor the assignment
q)f:{a::0;a::$[x;:1;2];3}
q)f 1b
1
q)a
0
q)f 0b
3
q)a
2
q)seq:{'`called}
q)g:{[xg] seq$[-11h~type xg;:`sym;-7h~type xg;5;:()]}
q)g`blue
`sym
q)g 3
'called
q)h:{neg $[x;:`early;2]}
q)h 1b
`early
q)h 0b
-2
q)k:{@[{'x};$[x;:`early;"err"];{`trapped}]}
q)k 1b
`early
q)k 0b
`trapped
q)m:{r:{$[x;:`inner;`x]} x; (r;`after)}
q)m 1b
`inner`after
q)p:{1+(:x)}
q)p 5
5
q)w:{i:0;while[i<5;i+:1;v:$[i=3;:i*10;i]];`done}
q)w[]
30
q)/ widths paired with strings pad each to its own, as a list of types casts
q)/ item by item ((`int;"i";6h)$10, docs/ref/cast.md)
q)-2 -3$("ab";"c")
"ab"
"  c"
q)2 4$("abc";"d")
"ab"
"d   "
q)1 2$("ab";"bc";"d")
'length
