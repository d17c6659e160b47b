q)/ l[i;j]:y on a local grid held as a list of rows sets one cell; a value taken from it before, or a row of it, keeps what it held
q)f:{g:3 3#0b; h:g; g[0;1]:1b; g[1;2]:1b; r:g 1; k:g; g[1;0]:1b; g[2;0 1]:11b; g[0;0]:1b; (h;k;r;g)}
q)x:f[]
q)x 0
000b
000b
000b
q)x 1
010b
001b
000b
q)x 2
001b
q)x 3
110b
101b
110b
q)p:{l:(1 2;3 4); l[0;1]:20; l[1;0]+:5; m:l; l[1;1]:0; (m;l)}
q)y:p[]
q)raze y 0
1 20 8 4
q)raze y 1
1 20 8 0
