q)/ a grouped column answers = and in from its index (docs/ref/set-attribute.md: "The grouped attribute
q)/ causes kdb+ to create and maintain an index"); the rows are those a scan finds, in table order,
q)/ and rows appended later are found too, the attribute kept
q)t:([]sym:`g#`ibm`msft`ibm`aapl;px:10 20 30 40)
q)select from t where sym=`ibm
sym px
------
ibm 10
ibm 30
q)select px from t where sym in `aapl`msft
px
--
20
40
q)select from t where px>15,sym=`ibm
sym px
------
ibm 30
q)`t insert (`ibm;50)
,4
q)t,:(`msft;60)
q)select from t where sym=`ibm
sym px
------
ibm 10
ibm 30
ibm 50
q)exec px from t where sym=`msft
20 60
q)attr t`sym
`g
q)(t`sym)?`aapl`msft`goog
3 1 6
q)/ a parted or sorted column answers them too
q)u:([]d:`s#2020.01.01 2020.01.01 2020.01.02 2020.01.05;v:1 2 3 4)
q)select v from u where d=2020.01.01
v
-
1
2
q)select v from u where d in 2020.01.05 2020.01.02
v
-
3
4
q)/ the right side of a constraint is evaluated once, whether or not the attribute answers it
q)w:([]n:`g#1 2 1)
q)c:0;f:{c+:1;x}
q)select from w where n=f 1i
n
-
1
1
q)c
1
q)select from w where n in f (1;2i)
n
-
1
1
q)c
2
