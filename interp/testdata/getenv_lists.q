q)/ getenv of a list of symbols, or of lists of them, gives each variable's value (reQ: getenv`$(floor\)("HTTP";"NO"),\:"_PROXY")
q)/ setenv is applied infix, x setenv y (docs/ref/getenv.md)
q)`QGO_T1 setenv "one"
q)getenv `QGO_T1
"one"
q)getenv `QGO_T1`QGO_UNSET
"one"
""
q)(^/)`$getenv`$("QGO_UNSET";"QGO_T1")
`one
q)getenv 1
'type
