/ client.q - talks to scripts/handlers/server.q

/     qgo scripts/handlers/server.q -p 5001    / first, in another terminal
/     qgo scripts/handlers/client.q [port]     / port defaults to 5001

port:$[count .z.x;"J"$first .z.x;5001]
h:hopen port                            / the server's .z.po shows us arriving

-1"/ a sync message: the server's .z.pg shows our handle, then runs it";
show h"1+1"
show h"handle"                          / .z.pg kept our handle in handle

-1"/ async messages: the server's .z.ps runs them, protected";
(neg h)"total:10"
(neg h)"total+`a"                       / fails: the server reports it
show h"total"                           / a sync request chases them

-1"/ .z.pw refuses the user guest";
@[hopen;`$"::",string[port],":guest";{-1"'",x;}]

hclose h                                / the server's .z.pc shows us leaving
