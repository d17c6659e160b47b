q)/ docs/kb/alternative-in-memory-layouts.md: a dictionary of tables, one per sym, saved a column file at a time into a partition not there yet
q)t:(`u#enlist`)!enlist flip`time`sym`price`size!(`s#`timespan$();`symbol$();`float$();`int$())
q)upd:{[t;d]if[not type d;d:flip(cols value[t]`)!d;];@[t;key g;,;d value g:group d`sym];}
q)upd[`t;([]time:0D09:30 0D09:31 0D09:32;sym:`GOOG`IBM`GOOG;price:1 2 3f;size:10 20 30i)]
q)upd[`t;(0D09:33 0D09:34;`IBM`CSCO;4 5f;40 50i)]
q)count each t
    | 0
GOOG| 2
IBM | 2
CSCO| 1
q)primeSym:{[path;dict](` sv path,`sym)?{distinct x,{distinct x,distinct y}/[(enlist 0#`),y where 11h=type each y:value flip y]}/[(enlist 0#`),value dict];}
q)dpfdot:{[d;p;f;tname]t:value tname;primeSym[d;t];t:k!t k iasc k:key t;{[d;t;colnames]@[d;colnames;;]'[@[count[t]#(,);0;:;:];{$[11h=type x;`sym?x;x]}each t@\:colnames];}[d:.Q.par[d;p;tname];value t]each colnames:cols first t;@[;f;`p#]@[d;`.d;:;f,colnames except f];}
q)flat:raze t asc key[t] except `
q)dpfdot[`:db;2014.01.14;`sym;`t]
q)/ docs/kb/splayed-tables.md: @[dir;col;:;x] writes the column file and returns the folder's handle
q)@[`:db/2014.01.14/t;`spare;:;5#0b]
`:db/2014.01.14/t
q)get `:db/2014.01.14/t/spare
00000b
q)\l db
q)(select time,price,size from t)~select time,price,size from `sym`time xasc flat
1b
q)(exec string sym from t)~exec string sym from `sym`time xasc flat
1b
q)attr get `:2014.01.14/t/sym
`p
