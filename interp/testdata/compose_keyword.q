q)/ a keyword q applies infix (upsert, xdesc) is a verb wherever it stands: x f kw at the end of an expression composes the left section x f with kw (docs/ref/compose.md, implicit composition), as x f g does for an operator g (Q Tips' timer.q: merge:`time xdesc upsert)
q)f:`a xdesc upsert
q)f[([]a:1 2);([]a:3 4)]
a
-
4
3
2
1
q)g:2*-
q)g[3;1]
4
q)/ in parentheses it is a noun
q)type (upsert)
104h
