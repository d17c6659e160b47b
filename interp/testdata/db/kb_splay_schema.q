q)/ docs/kb/splayed-tables.md: the schema of a splayed table is its .d file; delete cannot drop its columns
q)trade:([]date:2020.10.03 2020.10.03;open:24.5 27.37;high:24.51 27.48;low:23.79 27.21;close:24.13 27.37;volume:19087300 39386200;sym:`AMD`MSFT)
q)delete volume from trade
date       open  high  low   close sym
---------------------------------------
2020.10.03 24.5  24.51 23.79 24.13 AMD
2020.10.03 27.37 27.48 27.21 27.37 MSFT
q)`:dir/trade/ set .Q.en[`:dir] trade
`:dir/trade/
q)delete trade,sym from `.
`.
q)\l dir
q)trade
date       open  high  low   close volume   sym
------------------------------------------------
2020.10.03 24.5  24.51 23.79 24.13 19087300 AMD
2020.10.03 27.37 27.48 27.21 27.37 39386200 MSFT
q)delete volume from `trade
'splay
q)trade: delete volume from trade
'splay
q)value `:trade/.d
`date`open`high`low`close`volume`sym
q).[`:trade/.d;();:;`date`open`high`low`close`sym]
`:trade/.d
q)\l .
q)trade
date       open  high  low   close sym
---------------------------------------
2020.10.03 24.5  24.51 23.79 24.13 AMD
2020.10.03 27.37 27.48 27.21 27.37 MSFT
q)/ a selection from it is a table in memory
q)cols delete low from select from trade
`date`open`high`close`sym
q)@[`:trade;`newcol;:;til 2]
`:trade
q).[`:trade/.d;();,;`newcol]
`:trade/.d
q)\l .
q)trade
date       open  high  low   close sym  newcol
----------------------------------------------
2020.10.03 24.5  24.51 23.79 24.13 AMD  0
2020.10.03 27.37 27.48 27.21 27.37 MSFT 1
q)/ docs/ref/dotq.md#qp-is-partitioned: 0b for a splayed table, 0 for anything else
q).Q.qp trade
0b
q).Q.qp select from trade
0
