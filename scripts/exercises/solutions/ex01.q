/ Exercise 1 - reference solution: nobody gets in

.z.pw:{[user;pswd] 0b}
