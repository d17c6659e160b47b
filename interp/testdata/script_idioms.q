q)/ constructs found in maintenance scripts written for real q
q)/ -2!x is the internal function attr replaced (basics/internal.md)
q)-2!`s#1 2 3
`s
q)-2!0 1 2
`
q)/ a boolean count drops 0 or 1 items: strip a leading colon, if any
q){(":"=first x)_x}":db/t"
"db/t"
q){(":"=first x)_x}"db/t"
"db/t"
q)1b _ `a`b`c
`b`c
q)/ a by phrase bucketing with a computed width keeps the column's name
q)t:([]time:0D09:00 0D09:10 0D09:20 0D09:40;v:1 2 3 4)
q)w:30
q)select sum v by (w*0D00:01) xbar time from t
time                | v
--------------------| -
0D09:00:00.000000000| 6
0D09:30:00.000000000| 4
q){[m]select n:count i by (m*0D00:01) xbar time from t}15
time                | n
--------------------| -
0D09:00:00.000000000| 2
0D09:15:00.000000000| 1
0D09:30:00.000000000| 1
q)/ value of a list whose items are all symbols calls the function the first
q)/ names with the others as they are (ref/value.md), as in h(`.u.sub;`;`)
q)f:{[x;y](x;y)}
q)a:42
q)value(`f;`a;`)
`a`
q)value(`f;`a;`b)
`a`b
q)value`a
42
q)/ a train of unaries closed by :: is a function (ref/compose.md)
q)rot:flip reverse::
q)rot (1 2;3 4)
3 1
4 2
q)(count distinct::) each (1 1 2;3 3)
2 1
q)(first;sum 2#::)@\:7 5 1
7 12
q)g:{x+y}
q)(neg g[1]::) 2 3
-3 -4
q)h:{x+y} . {2 0N#x}::
q)h 1 2 3 4
4 6
q)/ data :: is still the data indexed by :: (ref/identity.md)
q)v:4 5
q)v ::
4 5
