q)/ Tok of a one-char string to char gives the char atom (docs/ref/tok.md: an atom)
q)type "C"$enlist "x"
-10h
q)"C"$" " vs "f o o"
"foo"
q)"I"$" " vs "10 20 30"
10 20 30i
