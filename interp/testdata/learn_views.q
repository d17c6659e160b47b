q)/ a view is the rest of its line; a trailing semicolon makes it return (::) (docs/learn/views.md)
q)a: til 5
q)uu:: a
q)uu
0 1 2 3 4
q)vv:: a;
q)vv
q)vv ~ (::)
1b
q)vv ~ {[];}[]
1b
q)a::b+c
q)view`a
"b+c"
q)b:1;c:2
q)a
3
q)v::a;b;select from t where a in b
q)view`v
"a;b;select from t where a in b"
q)t:([]a:1 2 3)
q)b:2 3
q)v
a
-
2
3
