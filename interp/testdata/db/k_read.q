q)/ k code reads files with 0: and 1: applied to one argument, as read0 and read1 (docs/ref/read1.md, read0.md); KX csvguess reads its chunks so
q)`:test.txt 0:("hello";"goodbye")
`:test.txt
q)k)1:`:test.txt
0x68656c6c6f0a676f6f646279650a
q)k)1:(`:test.txt;6;4)
0x676f6f64
q)k)0:`:test.txt
"hello"
"goodbye"
q)/ a function defined in k shows its language, as q's own k-defined keywords do
q)k)f:{x+y}
q)f
k){x+y}
q)last value f
"k){x+y}"
q)f[2;3]
5
q)/ insert into the empty list () makes it the table, as (),t does
q)DATA:()
q)`DATA insert ([]a:1 2)
0 1
q)`DATA insert ([]a:3 4)
2 3
q)DATA
a
-
1
2
3
4
