/ pw.q - lesson "Event handler for password validation - .z.pw"

/     qgo scripts/ipc/server.q -p 5091     / first, in another terminal
/     qgo scripts/ipc/pw.q [port]          / port defaults to 5091

port:$[count .z.x;"J"$first .z.x;5091]
/ at"mary:pwd" is `::5091:mary:pwd for the port we use
at:{`$"::",string[port],":",x}
/ try hopen: the handle, or the error it signalled
try:{@[hopen;x;{-1"'",x;0Ni}]}

h:hopen port                            / opening handle to Server process

-1"/ .z.pw is not defined on the server: asking for it is an error";
@[h;".z.pw";{-1"'",x;}]

-1"/ the users allowed to authenticate";
h".perm.users:([user:`mary`john`ann ] password:(\"pwd\";\"pwd\";\"pwd\"))"
show h".perm.users"

-1"/ before .z.pw, anyone can connect, without a password";
show maryHandle:try at"mary"

-1"/ now .z.pw checks the password against .perm.users";
h".z.pw:{[user;pswd] $[pswd~.perm.users[user][`password]; 1b; 0b]}"
-1"/ mary without a password:";
maryHandle:try at"mary"                 / 'access
-1"/ mary with her password:";
show maryHandle:try at"mary:pwd"        / connects
-1"/ mary with a wrong password:";
try at"mary:pwd2";                      / 'access

-1"/ \\x .z.pw expunges the handler: everyone may connect again";
maryHandle"\\x .z.pw"                   / additional backslash to escape
show maryHandle:try at"mary:pwd2"       / all good now
