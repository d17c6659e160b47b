q)/ a view is read whole: a dotted name through it is 'nyi, while the value it copies still indexes (docs/learn/views.md, Dot notation)
q)t:2014.09.03D10:11:12.000000000
q)t1::t
q)t.date
2014.09.03
q)t1.date
'nyi
q)t1
2014.09.03D10:11:12.000000000
q)d:`a`b!1 2
q)dv::d
q)dv.a
'nyi
q)dv`a
1
