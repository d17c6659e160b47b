/ Exercise 6 - .z.pw: an audit trail

/ Task: record every attempt to connect, accepted or refused, as a row of
/ .perm.log: the time (.z.p), the user name, and whether he got in. Never
/ record the password. Who gets in is decided as in exercise 3: a user
/ listed in .perm.users, with the password it holds.

/ Check your answer:  qgo scripts/exercises/check.q 6
/ Try it by hand:     qgo scripts/exercises/ex06.q -p 5091, then from another
/                     qgo: hopen `::5091:mary:pwd, hopen `::5091:bob, and
/                     h".perm.log"
/ The reference solution is scripts/exercises/solutions/ex06.q: try first!

.perm.users:([user:`mary`john`ann] password:("pwd";"pwd";"pwd"))
.perm.log:([]time:`timestamp$();user:`symbol$();ok:`boolean$())

/ your answer: change this .z.pw, which decides but records nothing
.z.pw:{[user;pswd] (user in exec user from .perm.users) and pswd~.perm.users[user;`password]}
