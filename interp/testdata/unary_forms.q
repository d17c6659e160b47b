q)/ q has no unary syntax for a glyph: written prefix, the glyph signals itself
q)$42
'$
q)string 42
"42"
q)/ parenthesized, or with its colon, the glyph is its unary form
q)($)42
"42"
q)(#:)"zero"
4
q)d:`c1`c2`c3!(1 2;3 4;5 6)
q)+d
'+
q)(+)d
c1 c2 c3
--------
1  3  5
2  4  6
q)/ a list holding k's unary comma is not q
q)(#;3;,`a`b`c`d`e`f)
',
q)(#;3;enlist `a`b`c`d`e`f)~parse"3#`a`b`c`d`e`f"
1b
q)/ neg, not minus, negates a name; a minus sign before a number is its sign
q)x:5
q)-x
'-
q)neg x
-5
q)x-1
4
q)x*-1
-5
q)/ the error is found when the source is parsed, so a lambda holding it is not defined
q)f:{x*#y}
'#
q)f
'f
q)/ parse signals it too, with where it was in the string, under parse's own frame
q)parse"2+2;+2"
'+
q).Q.trp[parse;"2+2;+2";{1@.Q.sbt 2#y}];
  [3]  2+2;+2
           ^
  [2]  (.q.parse)

q)/ k allows the unary forms
q)k)$42
"42"
q)value"k)#1 2 3"
3
q)/ the sort order of select's rows is written with a prefix < or >
q)t:([]a:3 1 2)
q)select[>a] from t
a
-
3
2
1
q)parse"6(+)4"
6
(+:;4)
q)/ a lambda in parse's string is compiled: a global assigned locally after fails as at the console
q){a::1;a:1}
'a
q)parse"{a::1;a:1}"
'a
