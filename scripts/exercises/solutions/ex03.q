/ Exercise 3 - reference solution

/ .perm.users[`bob][`password] is the null of the column: the empty string,
/ which is also the password of a hopen without one. So check the user first.

.perm.users:([user:`mary`john`ann] password:("pwd";"pwd";"pwd"))

.z.pw:{[user;pswd] $[user in exec user from .perm.users; pswd~.perm.users[user;`password]; 0b]}
