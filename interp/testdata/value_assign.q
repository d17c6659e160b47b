q)/ value of a string ending in an assignment gives :: as the console shows nothing for it (docs/ref/value.md: value"b:2"); TorQ's k4unit razes each result with its file and line
q)value "b:2"
q)b
2
q)(::)~value "c:`x`y!1 2"
1b
q)c
x| 1
y| 2
q)value "enlist a:til 5"
0 1 2 3 4
q)/ the last statement decides
q)value "d:3;d+1"
4
q)value "q)e:5"
q)e
5
