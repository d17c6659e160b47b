/ Exercise 12 - .z.ps: a firewall

/ .z.ps serves every async message (neg[h] x). Nobody waits for its result,
/ so nobody sees its errors either. .z.ps:{} closes the door completely:
/ no async message runs at all.

/ Here clients publish trades asynchronously: neg[h](`upd;`trade;(`ibm;101.5)).

/ Task: let through only async messages that are a list calling upd, as
/ above. Drop every other async message without running it: strings such as
/ "trade:0#trade", other functions such as (`set;`x;1), and functions the
/ client ships itself. Sync requests stay as they are.

/ Check your answer:  qgo scripts/exercises/check.q 12
/ Try it by hand:     qgo scripts/exercises/ex12.q -p 5091, then from another
/                     qgo: h:hopen 5091; neg[h]"x:1"; h"x+0"
/ The reference solution is scripts/exercises/solutions/ex12.q: try first!

trade:([]sym:`symbol$(); price:`float$())
upd:{[t;x] t insert x}

/ your answer: change this .z.ps, the default
.z.ps:{[msg] value msg}
