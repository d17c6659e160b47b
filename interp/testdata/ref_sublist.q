q)/ examples from KxSystems/docs docs/ref/sublist.md, with the kdb+ output shown there
q)p:2 3 5 7 11
q)3 sublist p                           / 3 from the front
2 3 5
q)10 sublist p                          / only available values
2 3 5 7 11
q)2 sublist `a`b`c!(1 2 3;"xyz";2 3 5)  / 2 keys from a dictionary
a| 1 2 3
b| x y z
q)10#"take me"
"take metak"
q)1 2 sublist p  / 2 items starting from position 1
3 5
