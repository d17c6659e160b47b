/ callbackExample.q - lesson "Callbacks": an asynchronous call with a callback

/ The same script plays both parts:
/     qgo scripts/ipc/callbackExample.q -p 5091    / the server
/     qgo scripts/ipc/callbackExample.q [port]     / the client (default 5091)

/ The construct is not built into q's IPC syntax, but it is easy to write:
/ the client sends, asynchronously, the name of a server function, an argument
/ and the name of a client function (the callback). The server runs its
/ function and, through .z.w, calls the callback back on the client.

/ defined on both processes: show what arrived
echo:{0N!x;}

/ defined on both, used on the server: run echo here, then call back the
/ sender's function y, asynchronously, through its handle .z.w
proc:{echo x; h:.z.w; (neg h) (y; 43)}

if[0i<system"p";
  -1"callback server: listening on port ",string system"p";
  ]

if[0i=system"p";
  port:$[count .z.x;"J"$first .z.x;5091];
  h:hopen port;
  -1"client: (neg h) (`proc; 42; `echo)";
  (neg h) (`proc; 42; `echo);
  / the call returned at once; the callback arrives when the server sends it.
  / A sync request chases it: the server answers "" only after running proc,
  / and what it sent us before that answer is served first.
  h"";
  -1"client: the server called us back";
  ]
