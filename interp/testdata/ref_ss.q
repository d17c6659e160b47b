q)/ examples from KxSystems/docs docs/ref/ss.md, with the kdb+ output shown there
q)"We the people of the United States" ss "the"
3 17
q)s:"toronto ontario"
q)s ss "ont"
3 8
q)s ss "[ir]o"
2 13
q)s ss "t?r"
0 10
q)s:"toronto ontario"
