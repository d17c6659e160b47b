/ x f\y and x f/y with f unary: an integer atom x counts the steps (Do);
/ any other applicable x, a function, a dictionary or a list indexed by
/ the current value, is the condition of a While (docs/ref/accumulators.md)
q)light:`red`green`amber!`green`amber`red
q)moving:`red`green`amber!110b
q)moving light\`red
`red`green`amber
q)moving light/`red
`amber
q)2 light\`red
`red`green`amber
q)(`amber<>)light\`red
`red`green`amber
q)ok:1 1 1 0 1
q)ok {x+1}\0
0 1 2 3
q)ok {x+1}/0
3
q)light\[moving;`green]
`green`amber
