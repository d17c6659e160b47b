/ Exercise 4 - .z.pw: never keep passwords, keep their hashes

/ A table of passwords is a gift to whoever reads it. Servers keep a hash of
/ each password instead: md5 "pwd" is a 16-byte vector from which "pwd"
/ cannot be worked back. (Here the hashes are computed from the passwords
/ to keep the file readable; a real server would hold only the hashes.)

/ Task: write .z.pw so that a user listed in .perm.users gets in with his
/ password: the md5 of the password given must match the hash held. Wrong
/ passwords, the hash itself given as a password, and users not listed all
/ get 'access.

/ Check your answer:  qgo scripts/exercises/check.q 4
/ Try it by hand:     qgo scripts/exercises/ex04.q -p 5091, then from another
/                     qgo: hopen `::5091:john:secret
/ The reference solution is scripts/exercises/solutions/ex04.q: try first!

.perm.users:([user:`mary`john`ann] password:(md5 "pwd";md5 "secret";md5 "ann123"))

/ your answer: change this .z.pw, which lets everyone in
.z.pw:{[user;pswd] 1b}
