/ an append keeps `u while the items appended are new and distinct, and drops it otherwise
q)v:`u#1 2 3
q)v,:4 5
q)attr v
`u
q)v,:5
q)attr v
`
q)v
1 2 3 4 5 5
q)w:`u#1 2 3
q)w,:7 7
q)attr w
`
q)s:`u#enlist 1 2
q)s,:enlist 3 4
q)s,:enlist 5 6
q)attr s
`u
q)s?3 4
1
q)s,:enlist 1 2
q)attr s
`
