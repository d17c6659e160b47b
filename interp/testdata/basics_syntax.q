q)/ examples from KxSystems/docs docs/basics/syntax.md, with the kdb+ output shown there
q)3           /atom
3
q)enlist 3    / 1-item list
,3
q)([]sym:`aapl`msft`goog;price:100 200 300)
sym  price
----------
aapl 100
msft 200
goog 300
q)sym:`aapl`msft`goog
q)price:100 200 300
q)([] sym; price)
sym  price
----------
aapl 100
msft 200
goog 300
q)([] sym:`aapl`msft`goog; price: 300)
sym  price
----------
aapl 300
msft 300
goog 300
q)([] sym:enlist`aapl; price:100)
sym  price
----------
aapl 100
q)([names:`bob`carol`bob`alice;city:`NYC`CHI`SFO`SFO]; ages:42 39 51 44)
names city| ages
----------| ----
bob   NYC | 42
carol CHI | 39
bob   SFO | 51
alice SFO | 44
q)t:([]name:`Tom`Dick`Harry;age:34 42 17)
q)t[1;`age]
42
q)t[1]
name| `Dick
age | 42
q)t[`age]  / shorthand for t[;`age]
34 42 17
q)t`age
34 42 17
q)"abcdef" 1 0 3
"bad"
q)count first (2 3 4;5 6)
3
q)2 3 * 4 5 - 6 7
-4 -6
q){x - 2} 5 3
3 1
q)(1; "a"; 3.5; `xyz) 2
3.5
q)+\[1 2 3 4 5]                 / unary
1 3 6 10 15
q)+\[1000;1 2 3 4 5]            / unary
1001 1003 1006 1010 1015
q)1000+\1 2 3 4 5               / binary, applied infix
1001 1003 1006 1010 1015
q)(+\)[1000;1 2 3 4 5]          / binary
1001 1003 1006 1010 1015
q)(+\)1 2 3 4 5                 / unary, applied postfix
1 3 6 10 15
q)(*) scan 1 2 3 4 5            / * is binary and infix
1 2 6 24 120
q)n:("the ";("quick ";"brown ";("fox ";"jumps ";"over ");"the ");("lazy ";"dog."))
q)raze over n
"the quick brown fox jumps over the lazy dog."
q){,/[x]}over n
"the quick brown fox jumps over the lazy dog."
q)(+/)1 2 3 4       / sum the list 1 2 3 4
10
q)16 +/ 1 2 3 4     / sum the list with starting value 16
26
q)foo_bar:42
q)foo:3
q)bar:til 6
q)x: 10
q)(x + 5; x: 20; x - 5)
25 20 5
q)f:{a : 10; : x + a; a : 20}
q)f[5]
15
q)2+2  /I know this one
4
