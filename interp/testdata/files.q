q)/ 0: and 1: on strings and bytes (no files), hsym: examples from KX
q)/ docs/ref/file-text.md, file-binary.md and hsym.md with the output shown there
q)csv:","
q)csv 0: ([]a:1 2 3;b:`x`y`z)
"a,b"
"1,x"
"2,y"
"3,z"
q)"|" 0: (`a`b`c;1 2 3;"xyz")
"a|1|x"
"b|2|y"
"c|3|z"
q)t:([]x:("foo";"bar,baz";"qu\"ux";"fred\",barney"))
q)-1@","0:t;
x
foo
"bar,baz"
qu"ux
"fred"",barney"
q)csv 0:([]("foo\nbar";"baz"))
,"x"
"\"foo\nbar\""
"baz"
q)t:([]Actual:1.47 0.03 300;FiscalTag:("FY2022Q2";"FY2022Q2";enlist"FY2022H1"))
q)csv 0:t
'type
q)("I*";",";1)0:("0,\"ab\nc\"";"1,\"def\"")
0       1
"ab\nc" "def"
q)("DT";",")0:"20130315,185540686"
2013.03.15
18:55:40.686
q)sum("DT";8 9)0:enlist"20130315185540686"
,2013.03.15D18:55:40.686000000
q)("DT";8 9)0:("20130315185540686";"20130315185540686")
2013.03.15   2013.03.15
18:55:40.686 18:55:40.686
q)"S=;"0:"one=1;two=2;three=3"
one  two  three
,"1" ,"2" ,"3"
q)"S:/"0:"one:1/two:2/three:3"
one  two  three
,"1" ,"2" ,"3"
q)"I=;"0:"1=first;2=second;3=third"
1       2        3
"first" "second" "third"
q)s:"8=FIX.4.2\0019=339\00135=D\00134=100322\00149=JM_TEST1\00152=20130425-06:46:46.387"
q)(!/)"I=\001"0:s
8 | "FIX.4.2"
9 | "339"
35| ,"D"
34| "100322"
49| "JM_TEST1"
52| "20130425-06:46:46.387"
q)0N!"I=*,"0:"5=\"hello,world\",6=1";
(5 6i;("hello,world";,"1"))
q)0N!"J=*,"0:"5=\"hello,world\",6=1";
(5 6;("hello,world";,"1"))
q)0N!"S=*,"0:"a=\"hello,world\",b=1";
(`a`b;("hello,world";,"1"))
q)/ with a header row the result is a table
q)("SJ";enlist",")0:("name,qty";"ibm,10";"msft,20")
name qty
--------
ibm  10
msft 20
q)(enlist 4;enlist"i") 1: 0x01000000
16777216
q)(enlist"i";enlist 4) 1: 0x01000000
1
q)show pi:(enlist"f";enlist 8) 1: 0x7fbdc282fb210940
3.141593
q)("ich";4 1 2) 1: 0x00000000410000FF00000042FFFF
0 255
A B
0 -1
q)("ich";4 1 2)1:"arthur!"
1752461921
u
8562
q)("**";4 4)1:"abcd\"ef\""
"abcd"
"\"ef\""
q)hsym`10.43.23.197
`:10.43.23.197
q)hsym `host:port`localhost:8001
`:host:port`:localhost:8001
q)hsym `abc`:def`::ghi
`:abc`:def`::ghi
q)-1!`abc
`:abc
q)2:[`a;`b]
'nyi
