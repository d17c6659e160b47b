q)/ file handles, from KxSystems/docs docs/basics/handles.md with the kdb+ output shown
q)/ there: a handle is numbered as kdb+ numbers its descriptors, the lowest free from 3
q)f:`:tmp.txt
q)hopen f
3i
q)3 "quick brown fox"
3
q)-3 ("quick";"brown";"fox")
-3
q)hclose 3
q)read0 f
"quick brown foxquick"
"brown"
"fox"
q)h:hopen `:data/new
q)h                        /handle is an integer
3i
q)type h                   /atom
-6h
q)h "now is the time"      /but can be applied as a unary
3i
q)/and iterated
q)h each (" for all good men";" to come to the aid of the party")
3 3i
q)hclose h
q)read0 `:data/new         /hopen created file path
"now is the time for all good men to come to the aid of the party"
q)/ a number closed is the next one given; the others keep theirs (docs/ref/hopen.md)
q)a:hopen `:a.txt
q)b:hopen ":b.txt"
q)(a;b)
3 4i
q)hclose a
q)c:hopen `:c.txt
q)(c;b)
3 4i
