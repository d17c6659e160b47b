q)/ examples from KxSystems/docs docs/basics/internal.md, with the kdb+ output shown there
q)ee:`a`b`c
q)a:b:c:d:e:1 2 3
q)a:til 1000           / original data to convert
