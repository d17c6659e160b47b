q)/ examples from KxSystems/docs docs/basics/syscmds.md, with the kdb+ output shown there
q)\c 5 5
q)\P
7i
q)reciprocal 7             / 7 digits shown
0.1428571
q)123456789                / integers shown in full
123456789
q)\P 3
q)1%3
0.333
q)\P 10
