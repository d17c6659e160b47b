q)/ an iterator after a blank still modifies an operator glyph: nothing can be signalled to its right
q)1 _ '("abc";"de")
"bc"
,"e"
q)2 # '(1 2 3;4 5 6)
1 2
4 5
q)/ the first or last of an empty general list is the empty list, so a loop on count first x ends
q)()~first ()
1b
q)()~last ()
1b
q)count first 1_enlist "only"
0
q)lines:("a";"bc");n:0
q)while[count line:first lines;n+:count line;lines:1_lines]
q)n
3
q)/ indexing the empty general list at any position gives ()
q)()~()[0]
1b
q)x:();g:x 0;g,:"7";g
,"7"
q)/ grouping on a column of lists puts equal lists in one group
q)t:([]g:(1 2;3 4;1 2;5 6);v:10 20 30 40)
q)select sum v by g from t
g  | v
---| --
1 2| 40
3 4| 20
5 6| 40
q)select from t where 2=(count;i) fby g
g   v
------
1 2 10
1 2 30
q)/ a condition of $[..] that returns leaves the function with that value
q)f:{$[x>0;:`pos;:`neg;]}
q)f 1
`pos
q)f -1
`neg
q)/ numbers on the lines of a string evaluate as one vector, as records read with read1 and cut at blank lines do
q)get "1000\n2000\n3000"
1000 2000 3000
q)(sum get::) each "\n\n" vs "1\n2\n\n30\n\n4"
3 30 4
q)value "a:5\n-1 \"five\""
five
-1
q)a
5
q)/ a path through a list of lists indexes the item it picks; a function picked there is applied to the rest
q)g:(101b;010b;(::;{x*10}))
q)g[0;2]
1b
q)g . 1 1
1b
q)g[2;1;4]
40
q)g[5;0]
0b
q)/ amending items of a local in a loop leaves every other reference to the vector as it was
q)f:{[l] p:c:0; while[not null j:l p; l[p]+:1; c+:1; p+:j]; c}
q)v:0 3 0 1 -3
q)f v
5
q)v
0 3 0 1 -3
q)g:{a:til 4; a[0]:5; b:a; a[1]:7; a[2]+:10; (a;b)}
q)g[]
5 7 12 3
5 1 2  3
q)h:{a:1 2 3; a[0]:9; c:a 0; d:a; a[1]*:100; (c;d;a)}
q)h[]
9
9 2 3
9 200 3
q)k:{a:1 2 3; a[0]:10; a[1]:2.5; a}
q)k[]
'type
q)m:{a:1 2 3f; a[0]:10f; a[1]+:1; a[5]:1f}
q)m[]
'length
q)/ a visited list of coordinates searched one pair at a time
q)seen:(0 0;0 1;1 1)
q)1 1 in seen
1b
q)(0 1;2 2;1 1) in\: seen
101b
q)seen?2 2
3
q)(1 2.0;3 4f)?3 4f
1
