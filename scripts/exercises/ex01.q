/ Exercise 1 - .z.pw: lock the door

/ .z.pw decides who may connect: q calls it with the user name (a symbol)
/ and the password (a string) of every process that opens a connection, and
/ refuses the connection - the client's hopen fails with 'access - unless it
/ returns 1b.

/ Task: nobody may connect to this server. Every hopen, with or without a
/ user name and password, must fail with 'access.

/ Check your answer:  qgo scripts/exercises/check.q 1
/ Try it by hand:     qgo scripts/exercises/ex01.q -p 5091, then from another
/                     qgo: hopen `::5091:mary:pwd
/ The reference solution is scripts/exercises/solutions/ex01.q: try first!

/ your answer: change this .z.pw, which lets everyone in
.z.pw:{[user;pswd] 1b}
