q)/ .j: JSON both ways (docs/ref/dotj.md)
q).j.j -0w 0 1 2 3 0w
"[-inf,0,1,2,3,inf]"
q).j.jd(-0w 0 1 2 3 0w;()!())
"[-inf,0,1,2,3,inf]"
q).j.jd(-0w 0 1 2 3 0w;(enlist`null0w)!enlist 1b)
"[null,0,1,2,3,null]"
q).j.k 0N!.j.j `a`b!(0 1;("hello";"world"))
"{\"a\":[0,1],\"b\":[\"hello\",\"world\"]}"
a| 0       1      
b| "hello" "world"
q).j.k 0N!.j.j ([]a:1 2;b:`Greetings`Earthlings)
"[{\"a\":1,\"b\":\"Greetings\"},{\"a\":2,\"b\":\"Earthlings\"}]"
a b           
--------------
1 "Greetings" 
2 "Earthlings"
q).j.j 1b
"true"
q).j.j 101b
"[true,false,true]"
q).j.j (::)
"null"
q).j.j 0N 1 2
"[null,1,2]"
q).j.j 1 0N 3i
"[1,null,3]"
q).j.j 0n
"null"
q).j.j 1.5 2.25
"[1.5,2.25]"
q).j.j `a
"\"a\""
q).j.j `
"\"\""
q).j.j "a\"b\\c\nd"
"\"a\\\"b\\\\c\\nd\""
q).j.j "x"
"\"x\""
q).j.j 2020.01.02
"\"2020-01-02\""
q).j.j 2020.01m
"\"2020-01\""
q).j.j 12:30
"\"12:30\""
q).j.j 2020.01.02T10:00:00.000
"\"2020-01-02T10:00:00.000\""
q).j.j 0x0102
"[\"01\",\"02\"]"
q).j.j ()
"[]"
q).j.j ""
"\"\""
q).j.j (1;`a;"bc")
"[1,\"a\",\"bc\"]"
q).j.j 1 2!3 4
"{\"1\":3,\"2\":4}"
q).j.j `a`b!(1;`c`d!2 3)
"{\"a\":1,\"b\":{\"c\":2,\"d\":3}}"
q).j.j ([]a:1 2;b:("x";"yz"))
"[{\"a\":1,\"b\":\"x\"},{\"a\":2,\"b\":\"yz\"}]"
q).j.k "[1,2,3]"
1 2 3f
q).j.k "{\"a\":true,\"b\":null,\"c\":\"x\"}"
a| 1b
b| 0n
c| ,"x"
q).j.k "[{\"a\":1},{\"b\":2}]"
(,`a)!,1f
(,`b)!,2f
q).j.k "[true,false]"
10b
q).j.k "[[1,2],[3,4]]"
1 2
3 4
q).j.k "[\"a\",\"bc\"]"
,"a"
"bc"
q).j.k " { \"a\" : [ 1 , -2.5e3 ] } "
a| 1 -2500
q).j.k "\"tab\\there\\u0041\""
"tab\thereA"
q).j.k "{\"code\":3,\"message\":\"This request requires authorization\"}"
code   | 3f
message| "This request requires authorization"
q).j.k .j.j `a`b!(1.5;`x)
a| 1.5
b| ,"x"
