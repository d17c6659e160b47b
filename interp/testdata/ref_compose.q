q)/ examples from KxSystems/docs docs/ref/compose.md, with the kdb+ output shown there
q)ff:{[w;x;y;z]w+x+y+z}
q)f:{2*x}
q)g:10*
q)x:-100 2 3 4 -100 6 7 8 9 -100
