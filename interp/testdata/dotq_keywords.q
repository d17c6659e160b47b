q)/ the .q namespace holds the keywords q.k defines, in q.k's order; some are k glyphs
q).q`ltime
%:
q).q`reciprocal
%:
q)qfind:{key[.q]where x~/:string value .q}
q)qfind"k){x*y div x:$[16h=abs[@x];\"j\"$x;x]}"
,`xbar
q)qfind"~:"
`not`hdel
q)kreplace:{[x] $[`=qval:.q?x;x;string qval]}
q)funcK:{$[0=t:type x;.z.s each x;t<100h;x;kreplace x]}
q)x:((like;`sym;"F*");(~:;(=;`sym;enlist`FD)))
q)funcK x
(like;`sym;"F*")
("not";(=;`sym;,`FD))
q)`like in key .q
0b
q)key `
`q`Q`h`j`o
q).fee.fi.fo:42
q)key `
`q`Q`h`j`o`fee
q)reciprocal 0 0.5 4
0w 2 0.25
q)not 0 1 2
100b
q)/ a keyword is reached by its name in .q too, as any namespace's entry (docs/basics/glossary.md: namespaces are dictionaries)
q).q.til 3
0 1 2
q).q.count
#:
q)(.q.til)~.q`til
1b
q)(get`.q.sums)~sums
1b
