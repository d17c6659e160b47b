/ ss with a pattern of plain characters (no ? * or [) finds the same places as with one
q)"ababab" ss "ab"
0 2 4
q)"abc" ss "abcd"
`long$()
q)"a-b]c^d" ss "]"
,3
q)"5158916" ss "515891"
,0
q)"x5158916" ss "51589?6"
,1
