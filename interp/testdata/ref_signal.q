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
