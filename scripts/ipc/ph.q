/ ph.q - lesson "Event handlers for HTTP - .z.ph"

/     qgo scripts/ipc/server.q -p 5091     / first, in another terminal
/     qgo scripts/ipc/ph.q [port]          / port defaults to 5091

/ HTTP requests reach the same port as IPC. They do not go through .z.pg:
/ .z.ph serves them. This script wraps the server's .z.ph to log each
/ query; then browse http://localhost:5091/?2+2 and watch the server's
/ terminal.

port:$[count .z.x;"J"$first .z.x;5091]
h:hopen port

-1"/ .z.ph is the only handler with a default definition";
show 100h=type h".z.ph"

-1"/ supplement it: log each browser query, then run the default";
h"log_query:{-1\"server: http query \",x 0}"
h".orig.zph:.z.ph"
h".z.ph:{log_query[x]; .orig.zph[x]}"

-1"/ now browse http://localhost:",string[port],"/?2+2 - the server logs the query";
-1"/ and when you are done, put the default back:  h\".z.ph:.orig.zph\"";
