q)/ examples from KxSystems/docs docs/basics/internal.md, with the kdb+ output shown there
q)ee:`a`b`c
q)a:b:c:d:e:1 2 3
q)a:til 1000           / original data to convert
q)/ -4! tokens and -27! fixed decimals (docs/basics/internal.md)
q)-4!"select this from that"
"select"
," "
"this"
," "
"from"
," "
"that"
q)-4!"a variable named aa_bb"
,"a"
," "
"variable"
," "
"named"
," "
"aa_bb"
q)-27!(3i;0 1+123456789.4567)
"123456789.457"
"123456790.457"
q)-27!(2i;.045)
"0.04"
q).Q.f[2;.045]
"0.05"
