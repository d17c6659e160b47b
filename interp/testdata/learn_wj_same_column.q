q)/ wj with two aggregates of one column gives two columns of that name, as t,'flip names!values does (docs/learn/brief-introduction.md shows "cpu cpu" for (max;`cpu);(avg;`cpu)); the windows and data are those of docs/ref/wj.md
q)t:([]sym:3#`ibm;time:10:01:01 10:01:04 10:01:08;price:100 101 105)
q)q:([]sym:`ibm;time:10:01:01+til 9;ask:101 103 103 104 104 107 108 107 108;bid:98 99 102 103 103 104 106 106 107)
q)f:`sym`time
q)w:-2 1+\:t.time
q)wj[w;f;t;(q;(::;`ask);(::;`bid))]
sym time     price ask             bid
--------------------------------------------------
ibm 10:01:01 100   101 103         98 99
ibm 10:01:04 101   103 103 104 104 99 102 103 103
ibm 10:01:08 105   107 108 107 108 104 106 106 107
q)wj[w;f;t;(q;(max;`ask);(min;`ask))]
sym time     price ask ask
--------------------------
ibm 10:01:01 100   103 101
ibm 10:01:04 101   104 103
ibm 10:01:08 105   108 107
