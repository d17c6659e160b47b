/ a dotted name in a function is a global's path even when the function
/ has a local of its first part: KX's ml library calls
/ clust.dbscan.predict from a function with a local named clust (its
/ cluster assignments), in \d .ml.
q)\d .ns
q)clust.p:{x+1}
q)f:{clust:5; clust.p 1}
q)f[]
2
q)g:{[clust] clust.p clust}
q)g 7
8
q)\d .
