/ reconnect.q - a client that reconnects when its server goes away

/     qgo scripts/ipc/server.q -p 5001         / first, in another terminal
/     qgo scripts/handlers/reconnect.q [port] [retry ms]

/ Then stop the server (\\ in its terminal) and start it again: the client
/ notices the close, retries on a timer, and reconnects.

port:$[count .z.x;"J"$first .z.x;5001]
retry:$[1<count .z.x;"J"$.z.x 1;3000]  / ms between tries; the notes use 3000

h:hopen port
-1"client: connected, handle ",string h;

/ .z.pc - the connection is gone: reset the handle and set the timer
.z.pc:{h::0; -1"client: connection lost, retrying every ",string[retry]," ms"; value "\\t ",string retry}

/ .z.ts - try to reopen; on success turn the timer off. A failed hopen is
/ an error: trapped, it gives 0, and the timer tries again
.z.ts:{h::@[hopen;`$"::",string port;0]; if[h>0; value "\\t 0"; -1"client: reconnected, handle ",string h]}
