q)/ an unnamed column of a table literal is named by the last name of its expression (docs/learn/brief-introduction.md)
q)n:4
q)fruit:`apple`pear
q)town:`oslo`rome
q)cols ([]n?fruit;qty:n?10;n?town)
`fruit`qty`town
q)/ with no name at its end it is x, x1, ... (n?10 names nothing)
q)cols ([]n?10;n?1f;n?0b)
`x`x1`x2
q)/ a cast or an assignment still names it, and a query still names from the left (docs/basics/qsql.md)
q)cols ([] s:`$(); `long$amt:(); `g#0#fruit)
`s`amt`fruit
q)t:([]c1:1 2;c2:3 4;c3:5 6)
q)cols select c2+c3, 2*c2 from t
`c2`x
q)meta ([]n?fruit;n?town)
c    | t f a
-----| -----
fruit| s
town | s
