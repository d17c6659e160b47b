q)/ x op:y on an undefined x starts from op's identity element (docs/ref/assign.md)
q)bar+:1
q)bar
1
q)neg1-:1
q)neg1
-1
q)half%:2
q)half
0.5
q)prod*:6
q)prod
6
q)lo&:3
q)lo
3
q)v-:1 2 3
q)v
-1 -2 -3
q).ns.r%:4
q).ns.r
0.25
q)w,:1
q)w
,1
