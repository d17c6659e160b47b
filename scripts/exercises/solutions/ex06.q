/ Exercise 6 - reference solution: decide, then record

.perm.users:([user:`mary`john`ann] password:("pwd";"pwd";"pwd"))
.perm.log:([]time:`timestamp$();user:`symbol$();ok:`boolean$())

.z.pw:{[user;pswd]
  ok:(user in exec user from .perm.users) and pswd~.perm.users[user;`password];
  `.perm.log insert (.z.p;user;ok);
  ok}
