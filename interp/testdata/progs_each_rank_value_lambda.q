/ v' has the rank of v (docs/ref/maps.md): a binary lambda's each given
q)/ one argument projects, as a library's require:{[force;lib]...}each does
q)r:{[force;lib] (force;lib)}each
q)req:r 0b
q)req`dotx`util
0b `dotx
0b `util
q){x+y}'[1] 2 3
3 4
q)count {x,y}'[1]
1
q){x,y}'[1;2 3]
1 2
1 3
q)/ a lambda of one argument, a primitive and a projection left with one
q)/ slot still apply at once
q){x*2}'[1 2]
2 4
q){x+y}[1]'[2 3]
3 4
q)/ value of a lambda ends (..;m;n;f;l;s) as of V3.5 (docs/ref/value.md)
q)f:{[a;b]d::neg c:a*b+5;c+e}
q)-4#value f
"..f"
""
-1
"{[a;b]d::neg c:a*b+5;c+e}"
q)(value f) 1 2
`a`b
,`c
q)\d .test
q)f:{[a;b]d::neg c:a*b+5;c+e}
q)-4#value f
".test.f"
""
-1
"{[a;b]d::neg c:a*b+5;c+e}"
q)\d .
q)last value {x}
"{x}"
