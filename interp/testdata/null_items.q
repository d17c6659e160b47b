q)/ null is atomic (docs/ref/null.md): it flags each item of a general list
q)/ and each value of a dictionary, the generic null (::) among them
q)null (::)
1b
q)null (::;1;`;0N)
1011b
q)null `a`b!(::;2)
a| 1
b| 0
q)all null value `x`y!2#enlist (::)
1b
q)null (1 0N;`a`)
01b
01b
