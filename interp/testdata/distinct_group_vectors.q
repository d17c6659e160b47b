/ distinct and group of a list of points or strings compare items whole, type included (attributes aside)
q)distinct (1 2;3 4;1 2;3 4)
1 2
3 4
q)count distinct (1 2;`timestamp$1 2;1 2i;1 2;`s#1 2)
3
q)count distinct ("ab";`byte$"ab";"ab";"a")
3
q)group ("ab";"cd";"ab";"ef";"cd")
"ab"| 0 2
"cd"| 1 4
"ef"| ,3
q)count distinct raze {x,/:til 50} each til 40
2000
q)value count each group raze {(x mod 3),/:til 4} each til 30
10 10 10 10 10 10 10 10 10 10 10 10
