/ f g[x]:: composes f with what g[x] gives and ::, even when that is
/ :: itself (get"" is ::): the train is made, not applied (ref/compose.md,
/ implicit composition). KX's ml library builds its deprecation wrappers
/ so, and for names it does not map a function gives ::.
q)f:{x,"!"}
q)g:(f get[""] ::)
q)g "hi"
"hi!"
q)h:(neg (::) ::)
q)h 3
-3
