/ a few items sought in a long general list (y in raze x, x?y with y the shorter): each item of y finds its first match whole, of its own type
q)x:raze{x,/:til 5}each til 6
q)count x
30
q)x?(2 3;0 0;9 9;2 3;5 4;0 0)
13 0 30 13 29 0
q)(2 3;2 3i;"ab";5 4;`a`b;0 5) in x
100100b
q)y:x,("ab";`a`b;2 3i;(1;`c))
q)y?((1;`c);2 3i;"ab";`a`b;"ba";2 3)
33 32 30 31 34 13
q)t:([]a:til 20;b:20#`x`y)
q)t?([]a:3 18 4;b:`y`x`y)
3 18 20
q)(`a`b!(5;`y)) in t
1b
q)d:x!til 30
q)d 1 1
6
q)raze(enlist 1 2;();(3 4;5 6))
1 2
3 4
5 6
q)z:(20#enlist 0 0),(`timestamp$3 4;3 4)
q)z?(3 4;`timestamp$3 4;0 0;0 0 0)
21 20 0 22
