q)/ asc marks a table sorted: -3! shows `s# on it, s on a single column and p on the first of several
q)-3!asc([]a:3 4 1)
"`s#+(,`a)!,`s#1 3 4"
q)-3!asc([]a:3 4 1;b:`a`d`s)
"`s#+`a`b!(`p#1 3 4;`s`a`d)"
q)-3!`s#([]a:1 2;b:3 4)
"`s#+`a`b!(`p#1 2;3 4)"
q)/ xasc sorts on a column and marks only that column, not the table
q)-3!`a xasc([]a:3 4 1;b:`a`d`s)
"+`a`b!(`s#1 3 4;`s`a`d)"
