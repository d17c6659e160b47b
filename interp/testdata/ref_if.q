q)/ examples from KxSystems/docs docs/ref/if.md, with the kdb+ output shown there
q)a:100
q)r:""
q)if[a>10;a:20;r:"true"]
q)a
20
q)r
"true"
