q)/ examples from KxSystems/docs docs/ref/and.md, with the kdb+ output shown there
q)2 and 3
2
q)1010b and 1100b  /logical AND with booleans
1000b
q)"sat" and "cow"
"cat"
