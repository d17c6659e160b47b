q)/ inside \d .ns, a dictionary made of dotted names in .ns is found by its short name (TorQ stplog.q)
q)\d .ns
q).ns.ln.a:{x+1}
q)f:{ln[`a] y}
q)\d .
q).ns.f[0;5]
6
q).ns.ln[`a] 1
2
