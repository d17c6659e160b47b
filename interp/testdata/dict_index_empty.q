q)/ a dictionary indexed by the empty list gives none of its values, typed
q)/ as they are, as a vector indexed by () does: first of it is their null
q)d:`x`y!`p`q
q)d ()
`symbol$()
q)first d ()
`
q)null first d first ()
1b
q)(`a`b!1 2)()
`long$()
q)(1 2 3)()
`long$()
