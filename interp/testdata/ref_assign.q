q)/ examples from KxSystems/docs docs/ref/assign.md, with the kdb+ output shown there
q)a:42        / assign
q)a
42
q)a:3.14159   / amend
q)type a:til 5    / integer vector
7h
q)type a:3.14159  / float atom
-9h
q)s:1 2 3
q)s[1]:4
q)s
1 4 3
q)s[2]:5f
'type
q)s:(1;2f;3)
q)s
1
2f
3
q)s[1]:4
q)s
1 4 3
q)s[1]:5f
'type
q)m:(1 2;3 4)
q)m[1;1]:5
q)m
1 2
3 5
q)d:`tom`dick`harry!1 2 3
q)d[`dick`jane]:100 200
q)d
tom  | 1
dick | 100
harry| 3
jane | 200
q)s:("the";"quick";"brown";"fox")
q)s:("the";"quick";"brown";"fox")
q)@[s;1 2;,;("er";"ish")]
"the"
"quicker"
"brownish"
"fox"
q)bar
'bar
q)a:til 5
q)3+a:til 5
3 4 5 6 7
q)a:3
q)f:(:)
q)f[a;4]
4
q)a
3
q)@[1 2 3 4 5; 2; :; 6]
1 2 6 4 5
