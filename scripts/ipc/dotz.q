/ dotz.q - lesson ".z Namespace": environment variables and .z.w

/     qgo scripts/ipc/server.q -p 5091     / first, in another terminal
/     qgo scripts/ipc/dotz.q [port]        / port defaults to 5091

port:$[count .z.x;"J"$first .z.x;5091]
h:hopen port                            / handle to the Server process

-1"/ environment variables: .z.d is today's date, .z.K the version";
show .z.d
show .z.K

-1"/ outside a message handler .z.a, .z.u and .z.w describe this process";
show "i"$0x0 vs .z.a                    / our IP address, as 4 numbers
show .z.u                               / the user running this process
show .z.w                               / 0i: we are at the console

-1"/ inside a handler, on the server, they describe the caller: us";
show "i"$0x0 vs h".z.a"                 / our address, as the server sees it
show h".z.u"                            / the user name we connected as
show h".z.w"                            / the server's handle back to us

-1"/ the server talks back to us through .z.w";
greet:{-1"server says: ",x;}            / a function here, on the client
h"(neg .z.w)(`greet;\"hello, I reached you through .z.w\")"
