q)/ a dictionary with long keys is amended by int keys (as "I"$ parses
q)/ them) at the keys it has, as it is looked up by them: no second key
q)d:1 2 3!"abc"
q)d 2i
"b"
q)d[2i]:"z"
q)d
1| a
2| z
3| c
q)d[4i]:"w"
q)key d
1 2 3 4
q)@[d;3h;:;"q"]
1| a
2| z
3| q
4| w
q)d[1 2i]
"az"
