q)/ examples from KxSystems/docs docs/ref/count.md, with the kdb+ output shown there
q)count 0                            / atom
1
q)count "zero"                       / vector
4
q)count (2;3 5;"eight")              / mixed list
3
q)count each (2;3 5;"eight")
1 2 5
q)count `a`b`c!2 3 5                 / dictionary
3
q)count ([]city:`London`Paris`Berlin; country:`England`France`Germany)
3
q)count each ([]city:`London`Paris`Berlin; country:`England`France`Germany)
2 2 2
q)count {x+y}
1
q)count (+/)
1
q)raggedArray:(1 2 3;4 5;6 7 8 9;0)
q)count raggedArray
4
q)count each raggedArray
3 2 4 1
q)raggedDict:`a`b`c!(1 2;3 4 5;"hello")
q)count raggedDict
3
q)count each raggedDict
a| 2
b| 3
c| 5
q)3 mcount 0 1 2 3 4 5
1 2 3 3 3 3
q)3 mcount 0N 1 2 3 0N 5
0 1 2 3 2 2
q)kt:`k xkey update k:`abc`def`ghi from t:flip d:`a`b!(10 21 3;4 5 6)
q)2 mcount d
a| 1 1 1
b| 2 2 2
q)2 mcount t
a b
---
1 1
2 2
2 2
q)2 mcount kt
k  | a b
---| ---
abc| 1 1
def| 2 2
ghi| 2 2
