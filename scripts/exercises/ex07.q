/ Exercise 7 - .z.po: who is connected

/ .z.po is called with the handle of each connection that opens, after .z.pw
/ let it in. Inside it, .z.u is the user who connected.

/ Task: append each new handle to .ipc.handles (in the order the connections
/ open) and record its user in .ipc.users, a dictionary handle -> user.

/ Check your answer:  qgo scripts/exercises/check.q 7
/ Try it by hand:     qgo scripts/exercises/ex07.q -p 5091, then from another
/                     qgo: h:hopen `::5091:alice, then h".ipc.users"
/ The reference solution is scripts/exercises/solutions/ex07.q: try first!

.ipc.handles:`int$()
.ipc.users:(`int$())!`symbol$()

/ your answer: change this .z.po, which does nothing
.z.po:{[h] }
