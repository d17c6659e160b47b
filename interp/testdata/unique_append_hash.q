q)/ appends to a `u# list long enough to search through its hash
q)v:`u#enlist 0 0
q)v,:(1+til 20),'0
q)attr v
`u
q)v?7 0
7
q)v,:enlist 5 0
q)attr v
`
q)count v
22
q)w:`u#(til 20),'1
q)w,:enlist 3 1
q)attr w
`
q)w:`u#(til 20),'1
q)w,:enlist 30 1
q)attr w
`u
q)(30 1;3 1;7 7) in w
110b
q)w?7 1
7
q)w,:(40 1;41 1)
q)attr w
`u
q)w?41 1
22
q)w,:(50 1;50 1)
q)attr w
`
