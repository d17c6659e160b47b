q)/ Over and Scan with a seed, from docs/basics/syntax.md, application.md and ref/accumulators.md
q)16 +/ 1 2 3 4
26
q)+\[1000;1 2 3 4 5]
1001 1003 1006 1010 1015
q)1000+\1 2 3 4 5
1001 1003 1006 1010 1015
q)1000+\2 3 4
1002 1005 1009
q)+/[1000000;til 5]
1000010
q)1000000+/til 5
1000010
q)/ a lambda that is exactly x op y is that operator
q){x+y}/[1000000;til 5]
1000010
q){x+y}\[1000;2 3 4]
1002 1005 1009
q){x-y}/[100;1 2 3]
94
q){x*y}\[1;2 3 4]
2 6 24
q)1.5*\2 2 2f
3 6 12f
q)0.5+/1.5 2.5
4.5
q)/ a long seed over floats changes type at the first step
q)1+\0.5 0.25
1.5 1.75
q)/ no seed: the first item starts
q)-/[10 1 2]
7
q)-\[10 1 2]
10 9 7
q)/ each collects longs, floats, or a general list when they differ
q){x+1} each 1 2 3
2 3 4
q){x%2} each 1 2 3
0.5 1 1.5
q){$[x>1;`a;x]} each 1 2 3
1
`a
`a
q){$[x>1;x;1.5]} each 1 2 3
1.5
2
3
q)/ several lists go in step: they conform, as for each (ref/accumulators.md)
q){x+y+z}/[0;1 2;3 4]
10
q){x,y,z}/[0#0;1 2;3 4 5]
'length
q){x+y*z}\[0;1 2 3;10]
10 30 60
