q)/ constructs found in maintenance scripts written for real q
q)/ -2!x is the internal function attr replaced (basics/internal.md)
q)-2!`s#1 2 3
`s
q)-2!0 1 2
`
q)/ a boolean count drops 0 or 1 items: strip a leading colon, if any
q){(":"=first x)_x}":db/t"
"db/t"
q){(":"=first x)_x}"db/t"
"db/t"
q)1b _ `a`b`c
`b`c
