q)/ an accumulating Over hands each step's result to the next step, which may grow it in place (owned_join.go); nothing anyone else can see changes
q)a:0#0; r:{x,y}/[a;til 5]; a
`long$()
q)r
0 1 2 3 4
q)b:1 2; {x,y}/[b;3 4 5]
1 2 3 4 5
q)b
1 2
q)/ the items of the list folded are not the accumulator's to grow
q)l:(1 2;3 4;5 6); {x,y}/[();l]
1 2 3 4 5 6
q)l
1 2
3 4
5 6
q){x,y}/[l]
1 2 3 4 5 6
q)l
1 2
3 4
5 6
q)/ Scan keeps every step: no step may grow another's value
q)s:{x,y}\[0#0;til 4]; s
,0
0 1
0 1 2
0 1 2 3
q){x,y}\[l]
1 2
1 2 3 4
1 2 3 4 5 6
q)/ x kept by a global, a projection, or a local inside the body
q)h:(); {h,::enlist x; x,y}/[0#0;til 4]
0 1 2 3
q)h
`long$()
,0
0 1
0 1 2
q){p::(,)[x]; x,y}/[0#0;til 3]
0 1 2
q)p 9
0 1 9
q){k:x; k,y}/[0#0;til 3]
0 1 2
q)/ a query reads locals by name
q){d::exec x from ([]a:1 2); x,y}/[0#0;til 4]
0 1 2 3
q)d
0 1 2
q){g::x,y}/[0#0;til 3]
0 1 2
q)g
0 1 2
q)/ the result is published clipped: joining to it twice gives two values
q)r:{x,y}/[0#0;til 3]; t:r,7; u:r,8; (r;t;u)
0 1 2
0 1 2 7
0 1 2 8
q)r,:9; (r;t;u)
0 1 2 9
0 1 2 7
0 1 2 8
q)/ general lists, symbols, strings
q){x,enlist y}/[();(1 2;`a;"bc")]
1 2
`a
"bc"
q)m:enlist 0 0; {x,enlist y}/[m;l]
0 0
1 2
3 4
5 6
q)m
0 0
q){x,y}/[`a`b;`c`d]
`a`b`c`d
q){x,y}/["ab";("cd";"e")]
"abcde"
q)/ each and peach apply the fold to each item afresh
q){x,y}/[0#0;] each (til 3;til 2)
0 1 2
0 1
q){{x,y}/[x;til 3]} peach (0#0;enlist 9)
0 1 2
9 0 1 2
q)/ a type the join changes, or an attribute, is joined as usual
q){x,y}/[1 2;3.5 4]
1
2
3.5
4f
q){x,y}/[`s#1 2;3 4]
1 2 3 4
q)/ under the debugger's suspension (\e 1) frames are kept: the join copies
q)\e 1
q)e:0#0; {x,y}/[e;til 3]
0 1 2
q)e
`long$()
q)\e 0
q)/ a body that grows x by x,:y and returns x hands x's buffer back while nothing has read x since
q)a:0#0; {x,:y; x}/[a;til 5]
0 1 2 3 4
q)a
`long$()
q)h:(); {x,:y; h,::enlist x; x}/[0#0;til 4]
0 1 2 3
q)h
,0
0 1
0 1 2
0 1 2 3
q){x,:y; x}\[0#0;til 3]
,0
0 1
0 1 2
q)/ a query keeps what it reads of a local: a later x,:y copies
q){r:0#0; r,:1; d::exec r from ([]a:1 2); r,:2; d}[]
,1
q){x,:y; d::exec x from ([]a:1 2); x,:7; x}/[0#0;til 3]
0 7 1 7 2 7
q)d
0 7 1 7 2
q)/ Over of a lambda of three arguments, over two lists in step
q)a:0#0; {x,y,z}/[a;til 4;10+til 4]
0 10 1 11 2 12 3 13
q)a
`long$()
q){x,y+z}\[0#0;til 3;10]
,10
10 11
10 11 12
