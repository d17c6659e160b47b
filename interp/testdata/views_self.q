q)/ a view that reads itself uses its previous value, and signals 'loop when it has none (docs/learn/views.md)
q)v::$[b;1;v+1]
q)b:1;0N!v;b:0;v
1
2
q)v
2
q)b:0
q)v
3
q)w::$[b;1;w+1]
q)w
'loop
