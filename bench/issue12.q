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
upd:{x upsert y}
r["a million upd[`t;(1;2f)], upd:{x upsert y}";" t:([]a:0#0;b:0#0f);do[1000000;upd[`t;(1;2f)]]"]
upd:insert
r["a million upd[`t;(1;2f)], upd:insert";" t:([]a:0#0;b:0#0f);do[1000000;upd[`t;(1;2f)]]"]
r["a million `t upsert (1;2f)";" t:([]a:0#0;b:0#0f);do[1000000;`t upsert (1;2f)]"]
r["a million `t insert (s;2f), s `g#";" t:([]s:`g#`symbol$();b:0#0f);i:0;do[1000000;`t insert (`a`b`c`d i mod 4;2f);i+:1]"]
r["a million `t insert (i;2f), a `u#";" t:([]a:`u#0#0;b:0#0f);i:0;do[1000000;`t insert (i;2f);i+:1]"]
r["100,000 `t insert (til 10;10#2f)";" a:til 10;f:10#2f;t:([]a:0#0;b:0#0f);do[100000;`t insert (a;f)]"]
r["100,000 `t upsert x, x:([]a:til 10;b:10#2f)";" x:([]a:til 10;b:10#2f);t:([]a:0#0;b:0#0f);do[100000;`t upsert x]"]
r["100,000 t,:x, x:([]a:til 10;b:10#2f)";" x:([]a:til 10;b:10#2f);t:([]a:0#0;b:0#0f);do[100000;t,:x]"]
r["a million `kt upsert (i;2f), new keys";" kt:([k:`long$()] v:`float$());i:0;do[1000000;`kt upsert (i;2f);i+:1]"]
r["a million `kt upsert (i mod 1000;2f)";" kt:([k:til 1000] v:1000#0f);i:0;do[1000000;`kt upsert (i mod 1000;2f);i+:1]"]
r["100,000 `kt upsert ([k:(5*i)+til 10] v:10#2f)";" kt:([k:`long$()] v:`float$());i:0;do[100000;`kt upsert ([k:(5*i)+til 10] v:10#2f);i+:1]"]
r["a million kt,:(i;2f), new keys";" kt:([k:`long$()] v:`float$());i:0;do[1000000;kt,:(i;2f);i+:1]"]
r["a million kt,:(i mod 1000;2f)";" kt:([k:til 1000] v:1000#0f);i:0;do[1000000;kt,:(i mod 1000;2f);i+:1]"]
r["100,000 `kt upsert (i;`x;2f), keyed by two columns";" kt:([a:`long$();b:`symbol$()] v:`float$());i:0;do[100000;`kt upsert (i;`x;2f);i+:1]"]
g:([]k1:1000000?100;k2:1000000?100;v:1000000?100.;time:1000000?24:00:00.000)
r["select sum v by k1,k2 from g (1e6 rows, 10,000 groups)";" select sum v by k1,k2 from g"]
r["select sum v by k1,time.hh from g";" select sum v by k1,time.hh from g"]
r["group select k1,k2 from g";" group select k1,k2 from g"]
r["select from g where v=(max;v) fby ([]k1;k2)";" select from g where v=(max;v) fby ([]k1;k2)"]
r["`k1`k2 xgroup g";" `k1`k2 xgroup g"]
delete g from `.;
\\
