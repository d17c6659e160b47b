q)/ a dictionary literal with missing values is a projection, as (1;) is (docs/releases/ChangesIn4.1.md)
q)d:([a:101;b:]);d 102 / missing values create projections
a| 101
b| 102
q)d each`AA`BB`CC
a   b
------
101 AA
101 BB
101 CC
q)([k1:;k2:])[1;"a"]
k1| 1
k2| "a"
q)([a:1;b:2])
a| 1
b| 2
q)([a:;b:c]):`a`b!1 2
q)c
2
q)([]a:)
'parse
