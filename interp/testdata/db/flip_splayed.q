q)/ a splayed and a partitioned table are the flips of their columns to a path or a name (docs/ref/flip-splayed.md)
q)`:db/tab/ set ([]x:10 20 30;y:"pqr")
`:db/tab/
q)`:db/2026.03.01/pt/ set ([]v:1 2)
`:db/2026.03.01/pt/
q)`:db/2026.03.02/pt/ set ([]v:enlist 3)
`:db/2026.03.02/pt/
q)\l db
q)-3!tab
"+`x`y!`:./tab/"
q).Q.s1 pt
"+(,`v)!`pt"
q)flip pt
(,`v)!`pt
q)`x`y!`:./tab/
`x`y!`:./tab/
q)flip`x`y!`:./tab/
x  y
----
10 p
20 q
30 r
q)flip enlist[`y]!`:./tab/
y
-
p
q
r
q)type flip enlist[`x]!`:tab
98h
q)flip enlist[`v]!`pt
date       v
------------
2026.03.01 1
2026.03.01 2
2026.03.02 3
q)/ a column with no file, a name with no partitioned table
q)flip enlist[`z]!`:./tab/
'./tab/z. OS reports: No such file or directory
q)select from flip`x`w!`:./tab/
'./tab/w. OS reports: No such file or directory
q)flip enlist[`v]!`nosuch
'nosuch
q)flip enlist[`v]!`tab
'tab
q)/ other dictionaries flip as before
q)flip`a`b!(1 2;3 4)
a b
---
1 3
2 4
