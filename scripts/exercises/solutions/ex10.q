/ Exercise 10 - reference solution

.perm.users:([user:`mary`john`ann] class:`basicUser`superUser`basicUser; password:("pwd";"pwd";"pwd"))

/ an unknown user has a null class, so he is refused too
.z.pg:{[query] $[`superUser~.perm.users[.z.u;`class]; value query; '`permission]}
