/ a dictionary used as a map: d[k]:v adds or sets, d[k]op:v updates; a copy taken before keeps its values
q)d:()!()
q){d[x]:x*2} each til 3;
q)d
0| 0
1| 2
2| 4
q)e:d
q)d[1]:100
q)d[3]:9
q)d
0| 0
1| 100
2| 4
3| 9
q)e
0| 0
1| 2
2| 4
q){d[x mod 2]+:1} each til 5;
q)d
0| 3
1| 102
2| 4
3| 9
q)e
0| 0
1| 2
2| 4
q)f:{m:(til 3)!3#0; {[m;x] m[x mod 3]+:x; m}/[m;til 7]}
q)f[]
0| 9
1| 5
2| 7
q)s:`0`1!0 0
q){s[`$string x mod 2]+:1} each til 5;
q)s
0| 3
1| 2
q){s[x]:0} each `a`b;
q)s
0| 3
1| 2
a| 0
b| 0
q)c:(til 3)!3#0
q)i:0
q){c[(i+:1) mod 3]+:x} each 10 20 30 40;
q)c
0| 30
1| 50
2| 20
q)i
4
q)c[count c]:7
q)c
0| 30
1| 50
2| 20
3| 7
