/ Exercise 5 - reference solution: three strikes

.perm.users:([user:`mary`john`ann] password:("pwd";"pwd";"pwd"))
.perm.failures:(`symbol$())!`long$()

.z.pw:{[user;pswd]
  if[not user in exec user from .perm.users; :0b];
  if[3<=0^.perm.failures user; :0b];             / locked out
  ok:pswd~.perm.users[user;`password];
  .perm.failures[user]:$[ok; 0; 1+0^.perm.failures user];
  ok}
