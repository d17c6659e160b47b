q)/ examples from KxSystems/docs docs/basics/enumerations.md, with the kdb+ output shown there
q)y:`a`b`c`b`a`b`c`c`c`c`c`c`c
q)x:`a`b`c