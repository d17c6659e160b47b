/ Exercise 11 - .z.pg: a query log

/ Task: record every sync request in .log.queries - the time (.z.p), the
/ user (.z.u), the handle it came on (.z.w) and the query as text: a string
/ as it is, anything else as .Q.s1 shows it, so (`til;3) is "(`til;3)".
/ Then run it and answer as the default would. A query that fails must be
/ recorded all the same, and its error must reach the client.

/ Check your answer:  qgo scripts/exercises/check.q 11
/ Try it by hand:     qgo scripts/exercises/ex11.q -p 5091, then from another
/                     qgo: h:hopen 5091; h"2+2"; h(`til;3); h".log.queries"
/ The reference solution is scripts/exercises/solutions/ex11.q: try first!

.log.queries:([]time:`timestamp$(); user:`symbol$(); handle:`int$(); query:())

/ your answer: change this .z.pg, the default
.z.pg:{[query] value query}
