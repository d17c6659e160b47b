/ Exercise 8 - reference solution

.ipc.connections:([handle:`int$()] time:`timestamp$(); user:`symbol$(); id:`symbol$(); state:`symbol$())

/ .z.w `ID fails when the caller has no ID: trap it. upsert, not insert:
/ a handle number is used again once its connection has closed
.z.po:{[h] `.ipc.connections upsert (h;.z.p;.z.u;@[.z.w;`ID;`unknown];`open)}
