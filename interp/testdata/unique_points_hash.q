/ a `u# list of points or strings finds items by value, and keeps finding them after items of another kind are appended
q)u:`u#{x,/:til 5}each til 10
q)u:`u#raze u
q)u?(3 4;9 0;5 5;3 4i;`a)
19 45 50 50 50
q)(2 2;7 7) in u
10b
q)u,:enlist 10 0
q)u?10 0
50
q)u,:`a
q)u?(10 0;0 1)
50 1
q)u?(2 3;9 9)
13 52
q)attr u
`u
q)s:`u#string til 40
q)s?("12";"39";"40";`12)
12 39 40 40
