q)/ a namespace holds a view as an object that shows its text; value of it lists the cached value, parse tree, dependencies and text (docs/ref/value.md, docs/learn/views.md)
q)total::price*qty
q)`. `total
price*qty
q)value `. `total
::
(*;`price;`qty)
`price`qty
"price*qty"
q)price:2 3;qty:10 20
q)total
20 60
q)get `. `total
20 60
(*;`price;`qty)
`price`qty
"price*qty"
q)/ a query depends on its table only; a statement list on each of its names
q)t:([]n:1 2 3)
q)w::select from t where n>lim
q)value `. `w
::
(?;`t;,,(>;`n;`lim);0b;())
,`t
"select from t where n>lim"
q)w::lim;select from t where n>lim
q)last value `. `w
"lim;select from t where n>lim"
q)(value `. `w) 2
`lim`t
q)/ a function it calls is a dependency by name; the view object matches itself
q)u::g[]*2
q)g:{21}
q)u
42
q)value `. `u
42
(*;(`g;::);2)
,`g
"g[]*2"
q)(`. `u)~`. `u
1b
