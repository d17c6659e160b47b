/ Exercise 10 - .z.pg: user classes

/ .z.pg serves every sync request: its argument is the message (a string,
/ or a list such as (`f;1;2)) and what it returns is the answer. The default
/ is value. Inside it, .z.u is the user who sent the request.

/ Task: superUsers may run any query. Everyone else - basicUsers, and users
/ who are not in .perm.users at all - must get the error 'permission, and
/ their query must not run. (An error, not a string the client could take
/ for an answer: signal it with ' .)

/ Check your answer:  qgo scripts/exercises/check.q 10
/ Try it by hand:     qgo scripts/exercises/ex10.q -p 5091, then from another
/                     qgo: (hopen `::5091:mary)"2+2"
/ The reference solution is scripts/exercises/solutions/ex10.q: try first!

.perm.users:([user:`mary`john`ann] class:`basicUser`superUser`basicUser; password:("pwd";"pwd";"pwd"))

/ your answer: change this .z.pg, the default
.z.pg:{[query] value query}
