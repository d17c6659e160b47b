q)/ examples from KxSystems/docs docs/basics/handles.md, with the kdb+ output shown there
q)1           / one is one
1
q)1 "abc\n"   / or stdout
abc
1
q)0 "1 \"hello\""   /string
hello1
