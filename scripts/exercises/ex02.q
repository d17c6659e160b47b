/ Exercise 2 - .z.pw: a list of allowed users

/ Task: let in only the users named in .perm.allowed, whatever password they
/ give (or none). Everyone else gets 'access.

/ .perm.allowed may change while the server runs: a user added to it with
/ .perm.allowed,:`ann must be able to connect from then on.

/ Check your answer:  qgo scripts/exercises/check.q 2
/ Try it by hand:     qgo scripts/exercises/ex02.q -p 5091, then from another
/                     qgo: hopen `::5091:mary  and  hopen `::5091:ann
/ The reference solution is scripts/exercises/solutions/ex02.q: try first!

.perm.allowed:`mary`john

/ your answer: change this .z.pw, which lets everyone in
.z.pw:{[user;pswd] 1b}
