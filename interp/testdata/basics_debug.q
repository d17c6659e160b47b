q)/ examples from KxSystems/docs docs/basics/debug.md, with the kdb+ output shown there
q)f:{g[x;2#y]}
q)g:{a:x*2;a+y}
q)f[3;"hello"]
'type
q)f:{`hello+x}
q)/ a name a lambda assigns globally cannot then be its local (docs/basics/debug.md)
q){a::1;a:1}
'a
