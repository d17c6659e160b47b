q)/ a minus right after a lambda's parameter list starts the body: it is a negative literal there, as after a blank (docs/basics/syntax.md: a minus is the function after a right bracket that closes an expression)
q){[s]-1 s;}"hi"
hi
q){[x]-2}0
-2
q){[x]-2.5}0
-2.5
q)f:{[x;y]-1+x+y}
q)f[1;2]
2
q)/ a bracket that indexes is an expression's end: minus stays the function
q){[x]x[0]-1}3 4
2
q){x[0]-1}3 4
2
q)a:1 2
q)a[0]-1
0
q){[x]a[1]-1}0
1
q)/ nested brackets inside the body do not count as a parameter list
q){[x]x[0][1]-1}enlist 5 6
5
