/ client.q - the recap the module starts with: connect, send, close

/     qgo scripts/ipc/server.q -p 5091     / first, in another terminal
/     qgo scripts/ipc/client.q [port]      / port defaults to 5091

port:$[count .z.x;"J"$first .z.x;5091]

-1"/ \\p: the port we listen on; a client listens on none";
show system"p"

-1"/ hopen: four ways to name the server";
h:hopen port                                    / a port: localhost is assumed
h2:hopen `$"::",string port                     / `::5091
h3:hopen `$":localhost:",string port            / `:localhost:5091
h4:hopen `$":localhost:",string[port],":mary:pwd"  / with a user and password
show (h;h2;h3;h4)

-1"/ .z.W: the open handles, and the bytes waiting in their output queues";
show .z.W

-1"/ h x: synchronous - waits for the result";
show h"2+2"
show h({x*y};6;7)                               / a function and its arguments

-1"/ neg h: asynchronous - returns at once, nothing comes back";
(neg h)"answer:42"
show h"answer"                                  / a sync request finds it set

-1"/ hclose: close connections";
hclose each (h2;h3;h4);
show count .z.W                                 / only h is left
