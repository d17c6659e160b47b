q)/ examples from KxSystems/docs docs/ref/dotz.md, with the kdb+ output shown there
q)fact:{$[x<=0;1;x*.z.s x-1]}
q)show dict:``a`b!(17 5 3;17 2 6;17 2 6)  / default compression is `zstd` with level 3
 | 17 5 3
a| 17 2 6
b| 17 2 6
q).z.zd:dict
