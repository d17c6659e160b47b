q)/ a slash continues any symbol literal, not only a file symbol: a path
q)/ relative to the working directory reads as one symbol
q)hsym`c:/q/test.txt
`:c:/q/test.txt
q)`../data/day1.txt
`../data/day1.txt
q)count`a/b`c/d/e
2
q)`a/b`:x/y
`a/b`:x/y
q){x+y}/[1 2 3]
6
