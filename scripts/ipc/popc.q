/ popc.q - lesson "Event Handlers for Opening & Closing Connections - .z.po & .z.pc"

/     qgo scripts/ipc/server.q -p 5091     / first, in another terminal
/     qgo scripts/ipc/popc.q [port]        / port defaults to 5091

/ Watch the server's terminal too: the first two handlers print there.

port:$[count .z.x;"J"$first .z.x;5091]
h:hopen port

-1"/ a message on the server every time a connection opens or closes";
h".z.po:{-1\"server: connection opened, handle \",string x}"
h".z.pc:{-1\"server: connection closed, handle \",string x}"
h2:hopen port
hclose h2

-1"/ .ipc.handles: every handle that connects";
h".ipc.handles:()"
h".z.po:{.ipc.handles,:x}"
show h".ipc.handles"                    / still empty
h:hopen port
show h".ipc.handles"                    / the new handle
h:hopen port
show count h".ipc.handles"              / one more each time

-1"/ .ipc.connections: who connected, when, and the ID they go by";
ID:`ClientA                             / a variable here, on the client
h".ipc.connections: ([handle:()];time: ();user:();id:();state:())"
/ .z.u is the user of the calling process, .z.p the time it connects;
/ through .z.w the server asks the client for its variable ID
h".z.po:{ `.ipc.connections insert (x;.z.p;.z.u;.z.w `ID;`open)}"
show h".ipc.connections"                / empty right now
/ The server's .z.po now waits for our answer about ID. At the console we
/ answer it while you type the next line; a script has no such pause, so
/ h"" gives the server the moment it needs: while we wait for its answer,
/ we serve its question
h:hopen port
h""
show select handle,user,id,state from h".ipc.connections"
h:hopen port                            / again: one more row each time
h""
h:hopen port
h""
show select handle,user,id,state from h".ipc.connections"

-1"/ .z.pc changes the state of a closed connection";
h".z.pc:{`.ipc.connections upsert `handle`time`state!(x;.z.p;`close)}"
h2:last (key .z.W) except h             / the last handle opened that isn't h
hclose h2
system"sleep 0.2"                       / the time you take to type the next line
show select handle,user,id,state from h".ipc.connections"

-1"/ or deletes the connection";
h".z.pc:{delete from `.ipc.connections where handle = x}"
h2:last (key .z.W) except h
hclose h2
system"sleep 0.2"
show select handle,user,id,state from h".ipc.connections"

-1"/ leave the server as we found it";
h"\\x .z.po"
h"\\x .z.pc"
