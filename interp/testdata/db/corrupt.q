q)/ damaged column files: a q error naming the file, as kdb+ names a missing one (docs/ref/dotq.md#chk)
q)t:([]sym:`ibm`msft`ibm`goog;price:1 2 3 4f;note:("a1";"bb";"";"ccc"))
q){.Q.dpft[`:db;x;`sym;`t]}each 2026.01.01 2026.01.02
`t`t
q)\l db
q)/ a nested column's data cut short
q)(hsym`$"2026.01.02/t/note#") 1: "ccc"
`:2026.01.02/t/note#
q)select note from t where date=2026.01.02
'./2026.01.02/t/note: badmsg
q)select note from t where date=2026.01.01
note
-----
"ccc"
"a1"
""
"bb"
q)/ a column file that is no kdb+ file
q)`:2026.01.01/t/note 1: "not a column"
`:2026.01.01/t/note
q)select note from t where date=2026.01.01
'./2026.01.01/t/note: type
q)/ a fixed-width column's header claiming more items than the file holds
q)`:2026.01.01/t/price 1: 0xfe200900000000000a000000000000000000000000000000
`:2026.01.01/t/price
q)select sum price from t where date=2026.01.01
'./2026.01.01/t/price: badmsg
q)select sum price from t where date=2026.01.02
price
-----
10
