q)/ examples from KxSystems/docs docs/basics/iteration.md, with the kdb+ output shown there
q)(+/)2 3 4 5
14
q)count "zero"                             / count the chars (items) in a string
4
q)(count')("The";"quick";"brown";"fox")    / count each string
3 5 5 3
