/ ph.q - lesson "Event handlers for HTTP - .z.ph"

/     qgo scripts/ipc/server.q -p 5091     / first, in another terminal
/     qgo scripts/ipc/ph.q [port]          / port defaults to 5091

/ HTTP requests reach the same port as IPC. They do not go through .z.pg:
/ .z.ph serves them. Then browse http://localhost:5091/?2+2 and see the
/ server log the query.

port:$[count .z.x;"J"$first .z.x;5091]
h:hopen port

-1"/ .z.ph is the only handler with a default definition";
show 0<count h"string .z.ph"

-1"/ supplement it: log each browser query, then run the default";
h"log_query:{-1\"server: http query \",.Q.s1 x 0}"
h".orig.zph:.z.ph"
h".z.ph:{log_query[x]; .orig.zph[x]}"

-1"/ an HTTP GET, as a browser sends it";
r:.Q.hg `$":http://localhost:",string[port],"/?2+2"
show 0<count r                          / a page came back; the server logged it

-1"/ leave the server as we found it";
h".z.ph:.orig.zph"
