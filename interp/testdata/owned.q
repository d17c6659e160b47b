q)/ insert by name grows the table in place while only the global holds it (docs/ARCHITECTURE.md, Values); a copy taken meanwhile must not change
q)t:([]a:`long$();b:`float$())
q)`t insert (1;2.0)
,0
q)`t insert (3 4;5 6f)
1 2
q)u:t
q)`t insert (9;9f)
,3
q)u
a b
---
1 2
3 5
4 6
q)count t
4
q)`t insert (7;`x)
'type
q)t
a b
---
1 2
3 5
4 6
9 9
q)do[1000;`t insert (1;2.0)]
q)count t
1004
q)v:t;do[3;`t insert (0;0f)];(count v;count t)
1004 1007
q)/ x,:y grows a buffer only x references; a value read from x meanwhile, or the value of x,:y itself, must not change
q)C:0#0
q)do[1000;C,:1]
q)count C
1000
q)a:C
q)C,:2 3
q)(count a;count C;last a;last C)
1000 1002 1 3
q)z:C,:4
q)C,:5
q)(count z;last z;count C;last C)
1003 4 1004 5
q)C,:`x
'type
q)count C
1004
q)S:"ab";S,:"c";s:S;S,:"d";(s;S)
"abc"
"abcd"
q)f:{r:`a`b;r,:`c;s:r;r,:`d;(s;r)}
q)f[]
`a`b`c
`a`b`c`d
q)g:{r:();r,:1;r,:2;r}
q)g[]
1 2
q)h:{r:0#0;do[x;r,:x];r}
q)h 3
3 3 3
q)/ a temporary only the next operation consumes is reused in place; named values never are
q)y:1 2 3
q)(y+y)*2
4 8 12
q)y
1 2 3
q)z:y+1
q)(z*2)-z
2 3 4
q)z
2 3 4
q)(1 0N 3+1)*2
4 0N 8
q)(1 2 3f+1)*0n
0n 0n 0n
q)a:1 2 3
q)((a+0)-a),a
0 0 0 1 2 3
q)f:{(x+1)*x}
q)f 1 2 3
2 6 12
q)2*(til 3)+1 2
'length
q)/ the result of arithmetic a statement discards is kept for reuse; what is named or returned never is
q)a:1 2 3
q)do[3;a+a]
q)b:a+a
q)b
2 4 6
q)do[2;a*10]
q)c:a*10
q)(a;b;c)
1  2  3 
2  4  6 
10 20 30
q)g:{x+1;x*2}
q)g 1 2 3
2 4 6
q)h:1 2 3f
q)do[2;h*2]
q)(h*3;h)
3 6 9
1 2 3
q)/ so is the result of where of booleans a statement discards; the next one may be written into it
q)b:1011001b
q)do[3;where b]
q)w:where b
q)do[2;where b]
q)v:where not b
q)where 0101b
1 3
q)(w;v;where b)
0 2 3 6
1 4 5
0 2 3 6
q)p:{where x;where x;r:where x;where not x;(r;where x)}
q)p b
0 2 3 6
0 2 3 6
q)a:1 2 3 4
q)where 1100b;s:a+a;where 0011b;(s;where 0111b)
2 4 6 8
1 2 3
q)where b;s*2
4 8 12 16
