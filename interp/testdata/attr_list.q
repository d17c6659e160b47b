q)/ asc marks a general list sorted, as it does a vector; the console does not show it (docs/ref/asc.md)
q)l:("bat";"dog";"cow";"cat")
q)asc l
"bat"
"cat"
"cow"
"dog"
q)attr asc l  / the result has the sorted attribute, but the console doesn't show that with nested lists
`s
q)attr l
`
q)/ an amend drops it
q)m:asc l
q)m[0]:"zzz"
q)attr m
`
