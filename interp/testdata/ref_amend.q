q)/ examples from KxSystems/docs docs/ref/amend.md, with the kdb+ output shown there
q).[1 2; (); 3 4 5]
4 5
q).[1 2; (); :; 3 4 5]
3 4 5
q).[1 2; (); ,; 3 4 5]
1 2 3 4 5
q)@[1 2; ::; *; 3 4]
3 8
q)@[(1 2;4 5); ::; ,; 3 6]
1 2 3
4 5 6
q)(5 2.14; "abc") . 1 2              / index at depth 2
"c"
q).[(5 2.14; "abc"); 1 2; :; "x"]    / replace at depth 2
5 2.14
"abx"
q)i:(2 0; 0 1 0)
q)y:(100 200 300; 400 500 600)
q)i
2 0
0 1 0
q)y
100 200 300
400 500 600
