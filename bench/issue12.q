/ rows of issue 12's table: each line is the work, then its time in ms (\t)
/ run: qgo bench/issue12.q  (or any q: q bench/issue12.q)
r:{[name;ms] -1 name,": ",string ms;}
r["{x+1} each til 1000000";system"t {x+1} each til 1000000"]
f:{$[x<2;x;f[x-1]+f[x-2]]}
r["f 25";system"t f 25"]
t:([]k:10000000?100;v:10000000?100.)
r["select sum v by k from t";system"t select sum v by k from t"]
y:10000000?100
r["\\t:10 y+y";system"t:10 y+y"]
b:10000000?0b
r["\\t:10 where b";system"t:10 where b"]
x:til 100000000
r["sum x (1e8)";system"t sum x"]
delete x from `.;
s:0
r["do[1000000;s+:1]";system"t do[1000000;s+:1]"]
r["{x+y}/[0;til 1000000]";system"t {x+y}/[0;til 1000000]"]
r["raze string til 1000000";system"t raze string til 1000000"]
C:0#0
r["do[80000;C,:1]";system"t do[80000;C,:1]"]
\\
