q)/ Find and in compare short, int and long by value: sums of booleans are ints, sought with a long (docs/learn/python/examples/list.md)
q)RemoveIthWord:{[lst;wrd;i] lst (til count lst) except (sums lst~\:wrd)?i}
q)RemoveIthWord[("geeks";"for";"geeks");"geeks";2]
"geeks"
"for"
q)RemoveIthWord[("can";"you";"can";"a";"can";"?");"can";1]
"you"
"can"
"a"
"can"
"?"
