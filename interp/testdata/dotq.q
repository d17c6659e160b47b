q)/ .Q: constants, formatting, encodings and utilities (docs/ref/dotq.md)
q).Q.A
"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
q).Q.a
"abcdefghijklmnopqrstuvwxyz"
q).Q.an
"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789"
q).Q.n
"0123456789"
q).Q.nA
"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
q).Q.b6
"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
q).Q.t
" bg xhijefcspmdznuvts"
q).Q.t?"j"
7
q).Q.k
4f
q).Q.K
2020.10.02
q)0W~.Q.M
1b
q)5#.Q.res
`abs`acos`asin`atan`avg
q).Q.addmonths[2007.10.16;6 7]
2008.04.16 2008.05.16
q).Q.addmonths[2006.10.29;4]
2007.03.01
q)\P 0
q).Q.f[2;]each 9.996 34.3445 7817047037.90 781704703567.90 -.02 9.996 -0.0001
"10.00"
"34.34"
"7817047037.90"
"781704703567.90"
"-0.02"
"10.00"
"-0.00"
q)\P 7
q).Q.f[2;0n]
""
q).Q.f[2;5]
"5.00"
q).Q.fmt[6;2]each 1 234
"  1.00"
"234.00"
q).Q.fmt[3;2;123.456]
"***"
q)fix:{.Q.fmt'[x+1+count each string floor y;x;y]}
q)fix[2]1.2 123 1.23445 -1234578.5522
"1.20"
"123.00"
"1.23"
"-1234578.55"
q)fmt:{.Q.fmt[x;(count 2_string y-i)&x-1+count string i:"i"$y]y}
q)fmt[9] each 34.4 343434.358
"     34.4"
"343434.36"
q).Q.s ([h:1 2 3] m: 4 5 6)
"h| m\n-| -\n1| 4\n2| 5\n3| 6\n"
q).Q.s 1 2 3
"1 2 3\n"
q).Q.s (::)
""
q).Q.s1 `a`b!1 2
"`a`b!1 2"
q).Q.x10 12345
"AAAAAAADA5"
q).Q.j10 .Q.x10 12345
12345
q).Q.j10 each .Q.x10 each 12345+1 2 3
12346 12347 12348
q).Q.x12 12345
"0000000009IX"
q).Q.j12 .Q.x12 12345
12345
q).Q.btoa"Hello World!"
"SGVsbG8gV29ybGQh"
q)10h$.Q.atob "aGVsbG8="
"hello"
q).Q.sha1"Hello World!"
0x2ef7bde608ce5404e97d5f042f95f89f1c232871
q).Q.sha1""
0xda39a3ee5e6b4b0d3255bfef95601890afd80709
q).Q.id each `$("ab";"a/b";"two words";"2drifters";"2+2")
`ab`ab`twowords`a2drifters`a22
q).Q.id`$"_"
`a_
q).Q.id`$"+"
`a
q).Q.id (5#.Q.res)!5 6 7 8 9
abs1 | 5
acos1| 6
asin1| 7
atan1| 8
avg1 | 9
q).Q.id flip`a`count`i!(1 2;3 4;5 6)
a count1 i1
-----------
1 3      5 
2 4      6 
q).Q.id ([k:1 2]i:3 4)
k| i1
-| --
1| 3 
2| 4 
q)t:([]a:3 4 5;b:"abc";c:(3;"xy";`ab);d:3 2#3 4 5;e:("abc";"de";"fg"))
q).Q.ty each t`a`b`c`d`e
"jc JC"
q).Q.dd[`:dir]`file
`:dir/file
q).Q.dd[`AAPL]"O"
`AAPL.O
q)update sym:esym .Q.dd'ex from([]esym:`AAPL`IBM;ex:"ON")
esym ex sym   
--------------
AAPL O  AAPL.O
IBM  N  IBM.N 
q).Q.qt t
1b
q).Q.qt `a`b!1 2
0b
q).Q.qt ([k:1 2]v:3 4)
1b
q).Q.qp t
0
q).Q.fu[{x*2};1 2 1 2]
2 4 2 4
q).Q.fu[neg;3]
-3
q).Q.fc[{x+1};1 2 3]
2 3 4
q).Q.ft[{x 2 3};([k:`a`b`c`d]v:1 2 3 4)]
k| v
-| -
c| 3
d| 4
q).Q.ff[([]a:1 2);([]a:1 2;b:3 4)]
a b
---
1  
2  
q).Q.v `t
a b c    d   e    
------------------
3 a 3    3 4 "abc"
4 b "xy" 5 3 "de" 
5 c `ab  4 5 "fg" 
q).Q.V ([]a:1 2;b:3 4)
a| 1 2
b| 3 4
q).Q.opt ("-p";"5000";"-v";"-f";"ab";"cd")
p| ,"5000"
v| ()
f| ("ab";"cd")
q).Q.opt ("x";"-p";"5000";"-q")
p| ,"5000"
q| ()
q).Q.x
,"x"
q).Q.def[`p`v`f!(1;0b;`x)] .Q.opt ("-p";"5000";"-f";"abc")
p| 5000
v| 0b
f| `abc
q).Q.ld ("/ multi line func";"f:{";"  x+y";" }";"/ single line func";"g:{x*y}")
1                   2                5                    6        
"/ multi line func" "f:{\n  x+y\n }" "/ single line func" "g:{x*y}"
q).Q.trp[{x+1};1;{-1 x;0}]
2
q).Q.trp[{x+`a};1;{[e;b]"caught ",e}]
"caught type"
q).Q.trpd[{x+y};(1;2);{[e;b]"caught ",e}]
3
q).Q.trpd[{x+y};(1;`a);{[e;b]"caught ",e}]
"caught type"
q)f:{`hello+x}
q).Q.trp[f;2;{.Q.sbt 1#y}]
"  [2]  f:{`hello+x}\n                ^\n"
q).Q.trpd[{x+y};(1;`2);{.Q.sbt 1#y}]
"  [2]  {x+y}\n         ^\n"
q)/ the console statement that called .Q.trp is frame [0] (docs/ref/dotq.md#trp)
q).Q.trp[f;2;{2@"error: ",x,"\nbacktrace:\n",.Q.sbt y;-1}]
error: type
backtrace:
  [2]  f:{`hello+x}
                ^
  [1]  (.Q.trp)

  [0]  .Q.trp[f;2;{2@"error: ",x,"\nbacktrace:\n",.Q.sbt y;-1}]
       ^
-1
q)count .Q.trp[f;2;{y}]
3
q)last .Q.ts[+;2 3]
5
q)type first .Q.ts[+;2 3]
7h
q).Q.addr`$"127.0.0.1"
2130706433i
q)key .Q.w[]
`used`heap`peak`wmax`mmap`mphy`syms`symw
q).Q.gc[]
0
q).Q.S[10 20;0;til 100]
"0 1 2 3 4 5 6 7 8 .."
q).Q.S[10 20;3;([]a:til 30)]
,"a"
,"-"
,"3"
,"4"
,"5"
,"6"
,"7"
,"8"
,"9"
".."
q).Q.s2 `a`b!1 2
"a| 1"
"b| 2"
