q)/ examples from KxSystems/docs docs/ref/or.md, with the kdb+ output shown there
q)2 or 3
3
q)1010b or 1100b  /logical OR with booleans
1110b
q)"sat" or "cow"
"sow"
