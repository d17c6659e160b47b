/ pgps.q - lesson "Event Handlers for sync/async messages - .z.pg & .z.ps"

/     qgo scripts/ipc/server.q -p 5091     / first, in another terminal
/     qgo scripts/ipc/pgps.q [port]        / port defaults to 5091

port:$[count .z.x;"J"$first .z.x;5091]
at:{`$"::",string[port],":",x}          / at"john:pwd" is `::5091:john:pwd
h:hopen port

-1"/ .z.pg is not defined by default";
@[h;".z.pg";{-1"'",x;}]

-1"/ users, with a class each";
h".perm.users:([user:`mary`john`ann ] class:`basicUser`superUser`basicUser; password:(\"pwd\";\"pwd\";\"pwd\"))"
show h".perm.users"
johnHandle:hopen at"john:pwd"
maryHandle:hopen at"mary:pwd"
show johnHandle"2+2"                    / all good for John
show maryHandle"2+2"                    / all good for Mary

-1"/ only superUsers may run queries";
h".z.pg:{[query]class:.perm.users[.z.u][`class]; $[class~`superUser;value query;\"No Permissions\"]}"
show johnHandle"2+2"                    / all ok still
show maryHandle"2+2"                    / not ok anymore
show h"2+2"                             / nor for h, which is not John

-1"/ only John can expunge .z.pg now";
johnHandle"\\x .z.pg"
show h"2+2"                             / access restored
show maryHandle"2+2"                    / and for Mary

-1"/ .z.ps: whatever it returns is not sent back";
h".z.pg:{\"New synchronous message: \",.Q.s1 x}";
h".z.ps:{\"New asynchronous message: \",.Q.s1 x}";
show h"2+2"                             / the message comes back
(neg h)"2+2"                            / nothing comes back
(neg h)"\\x .z.pg"
(neg h)"\\x .z.ps"
show h"2+2"                             / back to normal for synchronous
(neg h)"2+2"                            / and for asynchronous

-1"/ a firewall: .z.ps:{} runs no asynchronous message";
h".z.ps:{}"
(neg h)"answer:42"
show h"`answer in key `."               / answer was not set
h"\\x .z.ps"
(neg h)"answer:42"
show h"answer"                          / now it is
