/ Exercise 8 - .z.po: asking the caller through .z.w

/ Inside .z.po, .z.w is a handle back to the process that is connecting: a
/ sync request .z.w `ID asks it for the value of its variable ID.

/ Task: for each connection that opens, insert a row into .ipc.connections:
/ the handle, the time (.z.p), the user (.z.u), the caller's ID, and the
/ state `open. A caller that has no variable ID makes .z.w `ID fail: record
/ its id as `unknown instead (and let it connect all the same).

/ Check your answer:  qgo scripts/exercises/check.q 8
/ Try it by hand:     qgo scripts/exercises/ex08.q -p 5091, then from another
/                     qgo: ID:`ClientA; h:hopen 5091; h".ipc.connections"
/ The reference solution is scripts/exercises/solutions/ex08.q: try first!

.ipc.connections:([handle:`int$()] time:`timestamp$(); user:`symbol$(); id:`symbol$(); state:`symbol$())

/ your answer: change this .z.po, which does nothing
.z.po:{[h] }
