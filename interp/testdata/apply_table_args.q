q)/ Apply (.) takes its arguments from a list, and a table is a list of
q)/ records: f . enlist d applies f to the dictionary d (enlist of a
q)/ dictionary is a one-row table). .Q.trp, which applies its function to
q)/ enlist y, so takes a dictionary argument, as TorQ's callers pass it.
q)d:`a`b!1 2
q)type enlist d
98h
q){key x} . enlist d
`a`b
q){x+y} . ([]a:1 2)
a| 3
q).Q.trp[{x`b};d;{[e;b]"caught ",e}]
2
q).Q.trp[{x`b+1};d;{[e;b]"caught ",e}]
"caught type"
q).[{x`a};enlist d;{"caught ",x}]
1
