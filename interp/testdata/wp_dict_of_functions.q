q)/ a dictionary of functions indexed with arguments applies the function it picks (docs/wp/rt-tick)
q)updquote:{[x]0N!"quote update with data ";show x;}  / function for quote table updates
q)updtrade:{[x]0N!"trade update with data ";show x;}  / function for trade table updates
q)upd:`trade`quote!(updtrade;updquote)
q)upd[`quote;([]a:1 2 3;b:4 5 6)];
"quote update with data "
a b
---
1 4
2 5
3 6
q)upd[`trade;([]a:1 2 3;b:4 5 6)];
"trade update with data "
a b
---
1 4
2 5
3 6
q)d:`a`b!(1 2;3 4)
q)d[`b;0]
3
q)/ enlist of an empty dictionary is a list holding it, not a table (docs/wp/intraday-writedown)
q)MAXTBLSYM:MINTBLSYM:enlist[`]!enlist(0#`)!0#0N
q)type enlist(0#`)!0#0N
0h
q)count MAXTBLSYM
1
