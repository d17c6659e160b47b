/ Exercise 3 - .z.pw: passwords, and users who are not there

/ This is the .z.pw of the lesson: it compares the password given with the
/ one .perm.users holds for the user. It has a hole: try
/     hopen `::5091:bob
/ bob is not in .perm.users, yet he gets in. Why? (Look at what
/ .perm.users[`bob][`password] is.)

/ Task: fix it. A user gets in only if .perm.users has a row for him and the
/ password he gives is the one it holds. Anyone else, with a password or
/ without, gets 'access.

/ Check your answer:  qgo scripts/exercises/check.q 3
/ Try it by hand:     qgo scripts/exercises/ex03.q -p 5091, then from another
/                     qgo: hopen `::5091:bob
/ The reference solution is scripts/exercises/solutions/ex03.q: try first!

.perm.users:([user:`mary`john`ann] password:("pwd";"pwd";"pwd"))

/ your answer: fix this .z.pw, the lesson's
.z.pw:{[user;pswd] $[pswd~.perm.users[user][`password]; 1b; 0b]}
