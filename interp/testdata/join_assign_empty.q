q)/ x,:() appends nothing: med is {avg x (iasc x)@floor .5*-1 0+count x,:()} (docs/ref/med.md),
q)/ which counts its argument after x,:() and gives the median of the list as it was
q)m:{avg x (iasc x)@floor .5*-1 0+count x,:()}
q)m 10 34 23 123 5 56
28.5
q)med 10 34 23 123 5 56
28.5
q)/ an atom becomes a list of one, so med of an atom is the atom
q)m 7
7f
q)x:1 2 3
q)x,:()
q)x
1 2 3
