q)/ examples from KxSystems/docs docs/ref/signal.md, with the kdb+ output shown there
q)0N!0;'`err;0N!1
0
'err
q)f:{@[{'x};x;{"trap:",x}]}
q)f`err
"trap:err"
q)'word
'word
q)word
'word
q)/ only a symbol or a string is signalled (docs/ref/signal.md)
q)f:{@[{'x};x;{"trap:",x}]}
q)f 1
"trap:stype"
q)f"a"
"trap:stype"
q)f"abc"
"trap:abc"
