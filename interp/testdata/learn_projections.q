q)/ $[x] with one argument is $ projected on its left (docs/learn/q-by-examples.md)
q)M:(0 1.;1 1.)
q)M$M
1 1
1 2
q)15$[M]/M
610 987 
987 1597
q)(14$[M]\M)[;0;1]
1 1 2 3 5 8 13 21 34 55 89 144 233 377 610f
q)/ a dot right after a closing parenthesis is Apply, not a name (docs/learn/python/examples/dict.md)
q)tups:(("akash";10);("gaurav";12))
q)(!).flip tups
"akash" | 10
"gaurav"| 12
q)/ after a parenthesis a dotted name is still a name (studyq aoc/2022 day 3)
q)f:{sum 1+('[distinct;inter/]').Q.an?x}
q)f (("ab";"cb");("xy";"yz"))
,27
