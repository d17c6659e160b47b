q)/ X)text at the console is .X.e"text": a language a program defines in a one-letter namespace, as s) is SQL through .s.e (docs/wp/query-interface.md)
q).H.evaluate:{eval parse x}
q).H.e:{@[.H.evaluate;x;{'"H-err - ",x}]}
q)trade:([]sym:`ABC`DEF`ABC;side:"BSB";qty:100 200 300)
q)H)select sum qty by sym from trade
sym| qty
---| ---
ABC| 400
DEF| 200
q)H)1+`a
'H-err - type
q)/ value takes the prefix too, and k) and q) keep their meaning
q)value "H)exec qty from trade where side=\"B\""
100 300
q)k)+/1 2 3
6
