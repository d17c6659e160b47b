/ Exercise 4 - reference solution: compare hashes

.perm.users:([user:`mary`john`ann] password:(md5 "pwd";md5 "secret";md5 "ann123"))

.z.pw:{[user;pswd] $[user in exec user from .perm.users; (md5 pswd)~.perm.users[user;`password]; 0b]}
