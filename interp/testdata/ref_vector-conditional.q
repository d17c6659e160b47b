q)/ examples from KxSystems/docs docs/ref/vector-conditional.md, with the kdb+ output shown there
q)?[11001b;1 2 3 4 5;10 20 30 40 50]
1 2 30 40 5
q)?[11001b;1;10 20 30 40 50]
1 1 30 40 1
q)?[11001b;1 2 3 4 5;99]
1 2 99 99 5
