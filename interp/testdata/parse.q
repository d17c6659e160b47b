q)/ parse, eval and the functional qSQL forms; cases from KxSystems/docs ref/parse.md, ref/eval.md, basics/parsetrees.md, basics/funsql.md
q)parse "2+3"
+
2
3
q)eval parse "2+3"
5
q)eval (+;2;3)
5
q)parse "1 2 3 + 5"
+
1 2 3
5
q)parse "{x*x}"
{x*x}
q)parse "1 2 3 +/: 5 7"
(/:;+)
1 2 3
5 7
q)eval parse "1 2 3 +/: 5 7"
6 7 8 
8 9 10
q)parse"2+4*7"
+
2
(*;4;7)
q)v:`e`f
q)`a`b`c,`d,v
`a`b`c`d`e`f
q)parse"`a`b`c,`d,v"
,
,`a`b`c
(,;,`d;`v)
q)value["2+4*7"]~eval parse"2+4*7"
1b
q)eval 45
45
q)x:4
q)eval `x
4
q)eval enlist `x
`x
q)eval (til;4)
0 1 2 3
q)eval(+;7;3)
10
q)eval(+;7;(+;2;1))
10
q)value(+;7;(+;2;1))
'type
q)value(,;`a;`b)
`a`b
q)eval(,;`a;`b)
'b
q)eval(,;enlist `a;enlist `b)
`a`b
q)parse"6(+)4"
6
(+:;4)
q)parse "+/[1 2 3 4]"
(/;+)
1 2 3 4
q)parse"3#`a`b`c`d`e`f"
#
3
,`a`b`c`d`e`f
q)(#;3;enlist `a`b`c`d`e`f)~parse"3#`a`b`c`d`e`f"
1b
q)eval parse"a::5"
5
q)a
5
q)/ names, constants and elided arguments
q)parse "x"
`x
q)parse "`x"
,`x
q)parse "f[x;y]"
`f`x`y
q)parse "f[]"
`f
::
q)parse "f[;1]"
`f
::
1
q)parse "(1;`a)"
enlist
1
,`a
q)parse "(-)x"
-:
`x
q)parse "(2+)"
+
2
q)/ assignments and control forms
q)parse "a+:1"
+:
`a
1
q)parse "a[1]:2"
:
(`a;1)
2
q)parse "a;b"
";"
`a
`b
q)parse "$[a;b;c]"
$
`a
`b
`c
q)parse "if[a;b]"
`if`a`b
q)eval parse "z:0; do[3;z+:2]; z"
6
q)eval (`if;1b;(:;`w;3))
q)w
3
q)parse "([]a:1 2;b:`x`y)"
+:
(!;,`a`b;(enlist;1 2;,`x`y))
q)eval parse "([k:1 2]v:3 4)"
k| v
-| -
1| 3
2| 4
q)/ qSQL templates become the functional forms
q)t:([]c1:`a`b`c; c2:10 20 30)
q)parse "select c2:2*c2 from t where c1=`c"
?
`t
,,(=;`c1;,`c)
0b
(,`c2)!,(*;2;`c2)
q)?[`t; enlist (=;`c1;enlist `c); 0b; (enlist `c2)!enlist (*;2;`c2)]
c2
--
60
q)eval parse "select c2:2*c2 from t where c1=`c"
c2
--
60
q)parse "select sym,price,size from trade where price>50"
?
`trade
,,(>;`price;50)
0b
`sym`price`size!`sym`price`size
q)parse "select part:p,qty by sup:s from sp where qty>200,p=`p1"
?
`sp
,((>;`qty;200);(=;`p;,`p1))
(,`sup)!,`s
`part`qty!`p`qty
q)parse "select[10;<price] from trade"
?
`trade
()
0b
()
10
,(<:;`price)
q)parse "select b by b from t"
'dup names for cols/groups b
q)parse "exec b,c by a from t"
?
`t
()
,`a
`b`c!`b`c
q)parse "exec c1 from t"
?
`t
()
()
,`c1
q)parse "delete c2 from t"
!
`t
()
0b
,,`c2
q)parse "delete from t where c2=`y"
!
`t
,,(=;`c2;,`y)
0b
`symbol$()
q)parse "update c3:c2*2 by c1 from t"
!
`t
()
(,`c1)!,`c1
(,`c3)!,(*;`c2;2)
q)t:([] c1:`a`b`a`c`a`b`c; c2:10*1+til 7; c3:1.1*1+til 7)
q)?[t; ((>;`c2;35);(in;`c1;enlist[`b`c])); 0b; ()]
c1 c2 c3 
---------
c  40 4.4
b  60 6.6
c  70 7.7
q)t:([] c1:`a`b`a`c`b`c; c2:1 1 1 2 2 2; c3:10 20 30 40 50 60)
q)?[t;(); 1b; `c1`c2!`c1`c2]
c1 c2
-----
a  1 
b  1 
c  2 
b  2 
q)t:([] c1:`a`b`c`a; c2:10 20 30 40)
q)?[t;();0b;();-2]
c1 c2
-----
c  30
a  40
q)?[t;();0b;();1 2]
c1 c2
-----
b  20
c  30
q)?[t; (); 0b; `c1`c2!`c1`c2; 0W; (idesc;`c1)]
c1 c2
-----
c  30
b  20
a  10
a  40
q)t:([] c1:`a`b`c`c`a`a; c2:10 20 30 30 40 40; c3: 1.1 2.2 3.3 3.3 4.4 3.14159; c4:`cow`sheep`cat`dog`cow`dog)
q)?[t; (); (); ()]
c1| `a
c2| 40
c3| 3.14159
c4| `dog
q)?[t; (); (); `c1]
`a`b`c`c`a`a
q)?[t; (); (); `one`two!`c1`c2]
one| a  b  c  c  a  a 
two| 10 20 30 30 40 40
q)?[t; (); (); `one`two!(`c1;(sum;`c2))]
one| `a`b`c`c`a`a
two| 170
q)?[t; (); `c1; `c2]
a| 10 40 40
b| ,20
c| 30 30
q)?[t; (); `c1; enlist[`c2]!enlist`c2]
 | c2      
-| --------
a| 10 40 40
b| ,20     
c| 30 30   
q)?[t; (); `c1`c2; `c3]
| 1.1 2.2 3.3 3.3 4.4 3.14159
q)?[t; (); `one`two!`c1`c2; ()]
one two| c1 c2 c3      c4   
-------| -------------------
a   10 | a  10 1.1     cow  
a   40 | a  40 3.14159 dog  
b   20 | b  20 2.2     sheep
c   30 | c  30 3.3     dog  
q)?[t; (); enlist[`one]!enlist(string;`c1); ()]
one | c1 c2 c3      c4   
----| -------------------
,"a"| a  40 3.14159 dog  
,"b"| b  20 2.2     sheep
,"c"| c  30 3.3     dog  
q)?[t; (); enlist[`one]!enlist `c1; `c2]
one|         
---| --------
a  | 10 40 40
b  | ,20     
c  | 30 30   
q)?[t; (); `one`four!`c1`c4; `m2`s3!((max;`c2);(sum;`c3))]
one four | m2 s3     
---------| ----------
a   cow  | 40 5.5    
a   dog  | 40 3.14159
b   sheep| 20 2.2    
c   cat  | 30 3.3    
c   dog  | 30 3.3    
q)t:([]n:`x`y`x`z`z`y;p:0 15 12 20 25 14)
q)?[t;((>;`p;0);(in;`n;enlist `x`y));(enlist `name)!enlist `n;`m`s!((max;`p);(sum;`p))]
name| m  s 
----| -----
x   | 12 12
y   | 15 29
q)![t;enlist (>;`p;0);(enlist `n)!enlist `n;(enlist `p)!enlist (max;`p)]
n p 
----
x 0 
y 15
x 12
z 25
z 25
y 15
q)t:([]c1:`a`b`c;c2:`x`y`z)
q)![t;();0b;enlist `c2]
c1
--
a 
b 
c 
q)![t;enlist (=;`c2; enlist `y);0b;`symbol$()]
c1 c2
-----
a  x 
c  z 
q)![t;();0b;()]
c1 c2
-----
a  x 
b  y 
c  z 
q)![`t;();0b;(enlist `c3)!enlist 1]
`t
q)t
c1 c2 c3
--------
a  x  1 
b  y  1 
c  z  1 
