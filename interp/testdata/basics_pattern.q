q)/ examples from KxSystems/docs docs/basics/pattern.md, with the kdb+ output shown there
q)a: :[1f;r:`f;"float";r:`i;"int";"other"]
q)a: :[1i;r:`f;"float";r:`i;"int";"other"]
q)a: :[1;r:`f;"float";r:`i;"int";"other"]
q)a
"other"
q)a:1 2 3
q)tempCheck:{$[x<0;'"too cold";x>40;'"too hot";x]}
