q)/ .z.s is the function running: recursion by it, deep and in each
q)f:{$[x<2;x;.z.s[x-1]+.z.s[x-2]]}
q)f 15
610
q){$[x;x+.z.s x-1;0]} 100
5050
q)g:{[s;o] $[0=count o;enlist s;raze .z.s'[s,/:o;o _/:til count o]]}
q)g[();1 2 3]
1 2 3
1 3 2
2 1 3
2 3 1
3 1 2
3 2 1
q)h:{.z.s}
q)h[]
{.z.s}
