q)/ An arithmetic amend at a key a keyed table lacks adds the row, as d[k]+:y
q)/ does for a dictionary (docs/ref/assign.md): each value column starts at
q)/ the operator's identity. TorQ's wdb counts partition sizes so.
q)p:([ptdir:`symbol$()] rowcount:`long$(); bytes:`long$())
q)p[`:a/b]+:(3;100)
q)p[`:a/b]+:(2;50)
q)p[`:c]+:(1;1)
q)p
ptdir| rowcount bytes
-----| --------------
:a/b | 5        150  
:c   | 1        1    
q)kt:([k:`a`b]v:1 2)
q)kt[`c]+:5
q)kt
k| v
-| -
a| 1
b| 2
c| 5
