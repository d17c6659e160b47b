/ Exercise 9 - .z.pc: connections that close

/ .z.pc is called with the handle of a connection that has just closed. The
/ connection is gone: there is nobody to ask any more, only its old handle.

/ The .z.po below is the answer to exercise 8: it records each connection
/ in .ipc.connections with the state `open.

/ Task: when a connection closes, keep its row, but set its state to
/ `closed and its time to the time it closed.

/ Check your answer:  qgo scripts/exercises/check.q 9
/ Try it by hand:     qgo scripts/exercises/ex09.q -p 5091, then from another
/                     qgo: h:hopen 5091; h2:hopen 5091; hclose h2;
/                     h".ipc.connections"
/ The reference solution is scripts/exercises/solutions/ex09.q: try first!

.ipc.connections:([handle:`int$()] time:`timestamp$(); user:`symbol$(); id:`symbol$(); state:`symbol$())
.z.po:{[h] `.ipc.connections upsert (h;.z.p;.z.u;@[.z.w;`ID;`unknown];`open)}

/ your answer: change this .z.pc, which does nothing
.z.pc:{[h] }
