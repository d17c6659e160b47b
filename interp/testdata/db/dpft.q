q)/ docs/ref/dotq.md#dpft-save-table, with the example's random data fixed
q)trade:([]sym:`c`a`b`a`c`b`a`c`a`c;time:09:30:00.000+10*til 10;price:50f+til 10;size:100*1+til 10)
q).Q.dpft[`:db;2007.07.23;`sym;`trade]
`trade
q)delete trade from `.
`.
q)trade
'trade
q)\l db
q)trade
date       sym time         price size
--------------------------------------
2007.07.23 a   09:30:00.010 51    200
2007.07.23 a   09:30:00.030 53    400
2007.07.23 a   09:30:00.060 56    700
2007.07.23 a   09:30:00.080 58    900
2007.07.23 b   09:30:00.020 52    300
2007.07.23 b   09:30:00.050 55    600
2007.07.23 c   09:30:00.000 50    100
2007.07.23 c   09:30:00.040 54    500
2007.07.23 c   09:30:00.070 57    800
2007.07.23 c   09:30:00.090 59    1000
q)sym
`c`a`b
q)get `:2007.07.23/trade/.d
`sym`time`price`size
q)/ dpft ends @[d;f;`p#] (docs/wp/foreign-keys.md): the sort column is parted on disk
q)get `:2007.07.23/trade/sym
`p#`sym$`p#`a`a`a`a`b`b`c`c`c`c
q)meta trade
c    | t f a
-----| -----
date | d
sym  | s   p
time | t
price| f
size | j
q)key `:2007.07.23/trade
`.d`price`size`sym`time
q).Q.pf
`date
q).Q.pt
,`trade
q)date
,2007.07.23
q)cols trade
`date`sym`time`price`size
