/ () is a mixed list: Find maps over its items (none), it does not seek () whole (ref/find.md)
q)("zero";"one";"two")?()
`long$()
q)u:("abcde";10 2 -6;(2 3;`ab))
q)u?()
`long$()
q)u?(2 3;`ab)
3 3
q)u?"abcde"
0
q)/ so a lookup of no words in a dictionary keyed by strings gives no values
q)d:(enlist "o";"o|";".|")!4 2 1
q)d ()
`long$()
q)d ("o|";".|")
2 1
q)w:(" " vs "") except enlist ""
q)d w
`long$()
