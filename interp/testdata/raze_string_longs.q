q)/ raze of the strings `string` makes of a long vector: their text lies end to end in one buffer and is copied in one move; an item replaced or amended, a part of the list, or the items in another order are razed as any strings are
q)s:string til 2000
q)count raze s
6890
q)-20#raze s
"19951996199719981999"
q)-10#raze 1_s
"9719981999"
q)10#raze reverse s
"1999199819"
q)s[1999]:"xy"
q)-6#raze s
"1998xy"
q)s[5;0]:"x"
q)10#raze s
"01234x6789"
q)raze string -5 0N 0W -0W 12 -123456789 99999999 100000000
"-50W-0W12-12345678999999999100000000"
