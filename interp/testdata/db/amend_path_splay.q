q)/ .[`:db;(`date;`t;`);:;t] saves t splayed in db/date/t/ (the symbols are a
q)/ path of folders, the null one the splayed table's own folder), and
q)/ n?`sym rolls enumerations over the global sym: KX's taq/tq.q builds a
q)/ test database this way.
q)sym:`a`b`c
q)@[dst:`:tq;`sym;:;sym]
`:tq
q)x:8?`sym
q)type x
20h
q)all x in sym
1b
q)type -3?`sym
20h
q)asc -3?`sym
`s#`sym$`s#`a`b`c
q)trade:([]sym:`sym$`b`a`c`a;price:1 2 3 4f)
q).[dst;(`2000.10.02;`trade;`);:;trade]
`:tq
q).[dst;(`2000.10.03;`trade;`);:;trade]
`:tq
q)key`:tq/2000.10.02/trade
`.d`price`sym
q)\l tq
q)select sum price by date from trade
date      | price
----------| -----
2000.10.02| 10
2000.10.03| 10
q)exec sym from trade where date=2000.10.03
`sym$`b`a`c`a
