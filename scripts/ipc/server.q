/ server.q - the Server process of the Advanced IPC course.

/ Start it first, in a terminal of its own, and leave it running:
/     qgo scripts/ipc/server.q -p 5091
/ Then run the lesson clients in another terminal (see scripts/README.md).

/ The server is a fresh q process: no .z handler is defined on it. As in the
/ course, the clients define everything they need on it through their handle
/ h, with h"..." - so what you see here is what they make it print.

if[0i=system"p"; -2"server.q needs a port: qgo scripts/ipc/server.q -p 5091"; exit 1]
-1"server: listening on port ",string system"p";
