q)/ an unnamed column takes its expression's leftmost name in a query, x when there is none, and a name
q)/ already in use is suffixed 1, 2, ... until unique (docs/basics/qsql.md); a table literal names
q)/ n?item and n?city after the name they end with (docs/learn/brief-introduction.md)
q)t:([]c1:`a`b`c;c2:10 20 30;c3:1.1 2.2 3.3)
q)select c1, c1, 2*c2, c2+c3, string c3 from t
c1 c11 x  c2   c3   
--------------------
a  a   20 11.1 "1.1"
b  b   40 22.2 "2.2"
c  c   60 33.3 "3.3"
q)cols select c1, c2, c1 from t
`c1`c2`c11
q)cols select c2, c2, c2 from t
`c2`c21`c22
q)cols select c2, c21:c1, c2 from t
`c2`c21`c22
q)n:5
q)item:`apple`banana`orange`pear
q)city:`beijing`chicago`london`paris
q)cols ([]time:asc n?0D0;n?item;amount:n?100;n?city)
`time`item`amount`city
q)cols ([] n?10; n?10; n?10)
`x`x1`x2
