/ int' has rank max[int]+1 (docs/ref/maps.md, Case): given fewer arguments it projects
q)f:0 1 0'["abc"]
q)f "xyz"
"ayc"
q)g:0 2 0'["abc";"xyz"]
q)g["123"]
"a2c"
q)0 1 0'["abc";"xyz"]
"ayc"
