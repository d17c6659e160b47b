q)/ g[i;j]:y on a global grid held as a list of rows sets one cell; a value taken from g before, or a row of it, keeps what it held, a view on g sees each change
q)g:3 3#0b
q)h:g
q)g[0;1]:1b
q)g[1;2]:1b
q)r:g 1
q)k:g
q)g[1;0]:1b
q)g[2;0 1]:11b
q)h 0
000b
q)k 1
001b
q)r
001b
q)g 1
101b
q)g 2
110b
q)s::sum sum g
q)s
5i
q)g[0;2]:1b
q)s
6i
q)L:(1 2;3 4)
q)L[0;1]:20
q)L[1;0]+:5
q)L 0
1 20
q)L 1
8 4
