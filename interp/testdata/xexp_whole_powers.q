q)/ an atom base to a vector of whole powers: powers of two exactly, results beyond the float's range infinite or zero with their sign, and a power whose reciprocal is a denormal's made as C's pow makes it
q)2 xexp -1075 -1074 -1 0 1 10 1023 1024
0 4.940656e-324 0.5 1 2 1024 8.988466e+307 0w
q)-2 xexp 3 1025 1026 -1075
-8 -0w 0w -0
q)10 xexp 0 1 308 309 -400
1 10 1e+308 0w 0
q)0.5 xexp -1074 -1023 -3
0w 8.988466e+307 8
q)0.5 xexp -1074
0w
q)sum 2 xexp til 1000
1.071509e+301
