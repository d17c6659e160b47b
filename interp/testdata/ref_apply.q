q)/ examples from KxSystems/docs docs/ref/apply.md, with the kdb+ output shown there
q)(+) . 2 3         / +[2;3] (Apply)
5
q).[+;2 3]
5
q).[+;2 2]
4
q)(+) . 2 2
4
q)a: 2 3
q)b: 10 20
q){a + b} . enlist[::]
12 23
q)(1;`a`b!(2 3 4;10 20 30 40)) . (1; `b; 2)
30
q)d:`cat`cow`dog`sheep!`chat`vache`chien`mouton
q)d
cat  | chat
cow  | vache
dog  | chien
sheep| mouton
q)d `sheep`snake`cat`ant
`mouton``chat`
q)e:(10*til 10)!til 10
q)e
0 | 0
10| 1
20| 2
30| 3
40| 4
50| 5
60| 6
70| 7
80| 8
90| 9
q)e 80 35 20 -10
8 0N 2 0N
q)d:`cat`cow`dog`sheep!`chat`vache`chien`mouton
q)ds:`s#d
q)ds~d
1b
q)ds `sheep`snake`cat`ant
`mouton`mouton`chat`
q)es:`s#e
q)es~e
1b
q)es 80 35 20 -10
8 3 2 0N
q){`o`h`l`c!(first;max;min;last)@\:x}1 2 3 4 22  / open, high, low, close
o| 1
h| 22
l| 1
c| 22
q).[+;"ab";`ouch]
`ouch
q).[+;"ab";{"Wrong ",x}]
"Wrong type"
q).[+;2 3;{"Wrong ",x}]
5
q)@[2+;"42";`err]
`err
q)@[2+;"42"+3;`err]
'type
q)@[2+;"42";{)}]
')
q)@[string;42;a:100] / expression not a function
"42"
q)a // but a was assigned anyway
100
q)@[string;42;{b::99}] / expression is a function
"42"
