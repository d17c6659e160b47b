q)/ select ... by gives its groups in ascending order, and a single key column carries `s#,
q)/ which -3! shows on the key table too (as loading KX's sp.q prints its select ... by p.color)
q)t:([]a:`c`a`b`a;b:1 2 3 4)
q)r:select sum b by a from t
q)meta r
c| t f a
-| -----
a| s   s
b| j    
q)-3!r
"(`s#+(,`a)!,`s#`a`b`c)!+(,`b)!,6 3 1"
q)-3!select by a from t
"(`s#+(,`a)!,`s#`a`b`c)!+(,`b)!,4 3 1"
q)attr each flip key ?[t;();(enlist`a)!enlist`a;(enlist`b)!enlist(sum;`b)]
a| s
q)/ asc marks a table sorted: -3! shows `s# on it, s on a single column and p on the first of several
q)-3!asc([]a:3 4 1)
"`s#+(,`a)!,`s#1 3 4"
q)-3!asc([]a:3 4 1;b:`a`d`s)
"`s#+`a`b!(`p#1 3 4;`s`a`d)"
q)/ xasc sorts on a column and marks only that column
q)-3!`a xasc([]a:3 4 1;b:`a`d`s)
"+`a`b!(`s#1 3 4;`s`a`d)"
