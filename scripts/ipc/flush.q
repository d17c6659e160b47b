/ flush.q - lesson "Flushing Messages"

/     qgo scripts/ipc/server.q -p 5091     / first, in another terminal
/     qgo scripts/ipc/flush.q [port]       / port defaults to 5091

port:$[count .z.x;"J"$first .z.x;5091]
h:hopen port
h"total:0"

-1"/ a large number of async messages: neg[h] queues each and returns";
do[10000; (neg h)"total+:1"]

-1"/ neg[h][] blocks until all of them have been sent";
neg[h][]
show 0=sum .z.W h                       / nothing left in the output queue
neg[h](::)                              / the same thing

-1"/ sent is not processed: a sync request chases them";
h""                                     / answered after all of them ran
show h"total"
