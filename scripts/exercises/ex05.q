/ Exercise 5 - .z.pw: three strikes

/ Someone trying passwords one after another should not get a fourth try.

/ Task: count each user's failed logins in the dictionary .perm.failures
/ (user -> count). A user with 3 failures is locked out: refused even with
/ the right password. A wrong password adds one failure; a right password,
/ while the user is not locked out, sets the count back to 0. Users not in
/ .perm.users are refused (counting them is up to you).

/ Check your answer:  qgo scripts/exercises/check.q 5
/ Try it by hand:     qgo scripts/exercises/ex05.q -p 5091, then from another
/                     qgo: hopen `::5091:mary:x (three times), then with pwd
/ The reference solution is scripts/exercises/solutions/ex05.q: try first!

.perm.users:([user:`mary`john`ann] password:("pwd";"pwd";"pwd"))
.perm.failures:(`symbol$())!`long$()

/ your answer: change this .z.pw, which checks the password but never locks
.z.pw:{[user;pswd] (user in exec user from .perm.users) and pswd~.perm.users[user;`password]}
