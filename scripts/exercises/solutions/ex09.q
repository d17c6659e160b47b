/ Exercise 9 - reference solution

.ipc.connections:([handle:`int$()] time:`timestamp$(); user:`symbol$(); id:`symbol$(); state:`symbol$())
.z.po:{[h] `.ipc.connections upsert (h;.z.p;.z.u;@[.z.w;`ID;`unknown];`open)}

/ upsert a partial row: the columns not given (user, id) keep their values
.z.pc:{[h] `.ipc.connections upsert `handle`time`state!(h;.z.p;`closed)}
