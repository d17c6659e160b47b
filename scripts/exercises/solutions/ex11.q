/ Exercise 11 - reference solution

.log.queries:([]time:`timestamp$(); user:`symbol$(); handle:`int$(); query:())

/ record first, so that a query that fails is recorded too
.z.pg:{[query]
  `.log.queries insert `time`user`handle`query!(.z.p;.z.u;.z.w;$[10h=type query;query;.Q.s1 query]);
  value query}
