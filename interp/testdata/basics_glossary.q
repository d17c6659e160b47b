q)/ examples from KxSystems/docs docs/basics/glossary.md, with the kdb+ output shown there
q)depth:{$[0>type x; 0; 1 + max depth'[x]]}
q)depth 10             / atom
0
q)depth 10 20          / vector
1
q)depth (10 20;30)     / list
2
q)`bob`carol`ted`alice!42 39 51 44
bob  | 42
carol| 39
ted  | 51
alice| 44
q)show kids:`names`ages!(`bob`carol`ted`alice;42 39 51 44)
names| bob carol ted alice
ages | 42  39    51  44
q)3 rotate "abcde"
"deabc"
q)f: +            / f is assigned Add
q)(f;102)         / an item in a list
+
102
q)v:5
q).ns.v:6
q)show t:([]names:`bob`carol`ted`alice; ages:42 39 51 44)
names ages
----------
bob   42
carol 39
ted   51
alice 44
q)first t
names| `bob
ages | 42
q)show kt:([names:`bob`carol`bob`alice;city:`NYC`CHI`SFO`SFO]; ages:42 39 51 44)
names city| ages
----------| ----
bob   NYC | 42
carol CHI | 39
bob   SFO | 51
alice SFO | 44
q)key kt
names city
----------
bob   NYC
carol CHI
bob   SFO
alice SFO
q)ssr["a";"a";"-"]   / left domain doesn't include atoms
'type
