/ Exercise 2 - reference solution: only the users in .perm.allowed

.perm.allowed:`mary`john

/ .perm.allowed is read at each call, so additions count at once
.z.pw:{[user;pswd] user in .perm.allowed}
