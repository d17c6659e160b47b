q)/ a system command with a numeric setting may end in a comment, as
q)/ basics/syscmds.md writes them (q)\P   / default) and scripts use them
q)\P                       / default
7i
q)\P 3                     / three digits
q)\P
3i
q)reciprocal 7
0.143
q)\c 20 80   / rows and columns
q)\c
20 80
q)\S 104831  / random seed
q)\S
104831i
