q)/ examples from KxSystems/docs docs/ref/iterators.md, with the kdb+ output shown there
q)+/[2 3 4]      /reduce 2 3 4 with +
9
q)*/[2 3 4]      /reduce 2 3 4 with *
24
q)+/[2 3 4]           / unary
9
q)+/[1000000;2 3 4]   / binary
1000009
q)count'[("The";"quick";"brown";"fox")]     / ' applied postfix
3 5 5 3
q)1000000+/2 3 4       / variadic function applied infix
1000009
q)+/[2 3 4]            / variadic function applied unary with brackets
9
q)txt:("the";"quick";"brown";"fox")
q)(+/)2 3 4            / variadic function applied prefix
9
