q)/ examples from KxSystems/docs docs/ref/enumerate.md, with the kdb+ output shown there
q)d:`a`b`c
q)y:`a`b`c`b`a`b`c`c`c`c`c`c`c
q)d[0]:`o
q)y:`a`b`c`b`a`b`c`c`c`c`c`c`c
q)x:`a`b
