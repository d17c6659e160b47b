/ The rows of issue 12's table, each the least of five \t timings in ms.
/ Run: qgo bench/issue12.q -q  (or any q: q bench/issue12.q -q)
t5:{min {system "t",x} each 5#enlist x}
r:{[name;expr] -1 name,": ",string t5 expr;}
r["{x+1} each til 1000000";" {x+1} each til 1000000"]
f:{$[x<2;x;f[x-1]+f[x-2]]}
r["f 25";" f 25"]
t:([]k:10000000?100;v:10000000?100.)
r["select sum v by k from t (1e7 rows, 100 groups)";" select sum v by k from t"]
y:10000000?100
r["\\t:10 y+y";":10 y+y"]
b:10000000?0b
r["\\t:10 where b";":10 where b"]
x:til 100000000
r["sum x (1e8 longs)";" sum x"]
delete x from `.;
s:0
r["do[1000000;s+:1]";" do[1000000;s+:1]"]
r["{x+y}/[0;til 1000000]";" {x+y}/[0;til 1000000]"]
r["raze string til 1000000";" raze string til 1000000"]
r["do[80000;C,:1]";" C:0#0;do[80000;C,:1]"]
r["a million C,:1";" C:0#0;do[1000000;C,:1]"]
r["a million `t insert (1;2f)";" t:([]a:0#0;b:0#0f);do[1000000;`t insert (1;2f)]"]
upd:{x insert y}
r["a million upd[`t;(1;2f)], upd:{x insert y}";" t:([]a:0#0;b:0#0f);do[1000000;upd[`t;(1;2f)]]"]
r["a million t,:(1;2f)";" t:([]a:0#0;b:0#0f);do[1000000;t,:(1;2f)]"]
\\
