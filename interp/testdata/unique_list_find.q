q)/ finding in a general list with the unique attribute: x?y, in, inter and dictionary keys
q)x:`u#{(x mod 7;x div 7)} each til 40
q)x?(3 2;0 0;9 9)
17 0 40
q)(3 2;9 9) in x
10b
q)(4 5;1 1;2 9;6 0) inter x
4 5
1 1
6 0
q)x,:enlist 9 9
q)attr x
`u
q)x?9 9
40
q)d:x!til count x
q)d(1 1;9 9)
8 40
q)/ the attribute is lost on an item's amend; the search still finds by value
q)x[0]:7 7
q)attr x
`
q)x?7 7
0
