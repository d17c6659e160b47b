q)/ q 4.1 pattern matching: the console examples of KxSystems/docs docs/basics/pattern.md,
q)/ with the kdb+ 4.1 output shown there (errors on their first line)
q)(b;c):2 3
q)b
2
q)c
3
q)a:(b;:1+):1 2
q)a
1 3
q)b
1
q)f:{[(a;b);c]a+b+c}
q)f[1 2;3]
6
q)a: :[1f;r:`f;"float";r:`i;"int";"other"]
q)a
"float"
q)r
1f
q)a: :[1i;r:`f;"float";r:`i;"int";"other"]
q)r
1i
q)a
"int"
q)a: :[1;r:`f;"float";r:`i;"int";"other"]
q)a
"other"
q)f:{[x;]x}
q)f[3;4]
3
q)(1):1
q)(`a):`a
q)(1):2
'match
q)(1 2):1 2
q)(1 2):1 3
'match
q)(a):1 3
q)a
1 3
q)a:1 2 3
q)(a[1]):4
q)a
1 4 3
q)(b;c):2 3
q)b
2
q)c
3
q)(b;c):2 3 4
'length
q)(b;c;3):2 3 4
'match
q)(a;b):([]colA:1 2;colB:3 4)
q)a
colA| 1
colB| 3
q)b
colA| 2
colB| 4
q)(a;b;):1 2
'length
q)(a;b;):1 2 3
q)(1 2!(one;two)):1 2!"ab"
q)one
"a"
q)two
"b"
q)(1 2!(one;two)):1 2 3!"abc"
q)(1 2!(one;two)):1 3!"ac"
'match
q)([four:d]):`one`two`three`four`five!1 2 3 4 5
q)d
4
q)([one:;four:d]):`one`two`three`four`five!1 2 3 4 5
q)([six:;four:d]):`one`two`three`four`five!1 2 3 4 5
'match
q)([]cc:e):([]aa:1 2;bb:3 4;cc:5 6)
q)e
5 6
q)([k1:f]cc:e):([k1:7 8]aa:1 2;bb:3 4;cc:5 6)
q)f
7 8
q)(flip([a;b])):([]a:1 2;b:3 4)
q)a
1 2
q)b
3 4
q)(a!b):1 2!"ab"
q)a
1 2
q)b
"ab"
q)(a!):1 2!3 4
q)a
1 2
q)(:`f):3f
q)(:`f):3e
'type
q)((a;b):`F):3 4f
q)a
3f
q)b
4f
q)((a;b):`F):3 4e
'type
q)(a:3+):4
q)a
7
q)tempCheck:{$[x<0;'"too cold";x>40;'"too hot";x]}
q)c2f:{[x:tempCheck]32+1.8*x}
q)c2f -4.5
'too cold
q)c2f 42.8
'too hot
q)c2f 20
68f
q)/ from docs/ref/assign.md and docs/ref/fill.md
q):/[1 2 3 4 5]
5
q)fills {(x where x=0W):0N;x} 0N 2 3 0W 0N 7 0W
0N 2 3 3 3 7 7
