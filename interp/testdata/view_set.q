q)/ A view ends when its name is given a value (docs/learn/views.md), by set
q)/ as by assignment; TorQ's chained tickerplant sets its log-handle view so
q)t:([]a:1 2)
q)v::exec a from t
q)v
1 2
q)`..v set 5
`..v
q)v
5
q)\b
`symbol$()
q)t:([]a:3 4)
q)v
5
q)/ an amend of the root namespace by name leaves the views alone
q)w::exec a from t
q)@[`.;`upd;:;{x}];
q)w
3 4
q)@[`.;`t;0#];
q)w
`long$()
