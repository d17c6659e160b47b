/ server.q - the message handlers of the notes (scripts/README.md, part 2)

/     qgo scripts/handlers/server.q -p 5001
/     qgo scripts/handlers/client.q [port]     / in another terminal

/ Each handler below replaces q's default behaviour for one kind of event.

if[0i=system"p"; -2"server.q needs a port: qgo scripts/handlers/server.q -p 5001"; exit 1]

/ .z.pw - user validation, called before .z.po with the user name (symbol)
/ and the password (string); 0b refuses the connection. Everyone but `guest
.z.pw:{[user_id;passwd] not user_id=`guest}

/ .z.po - connection open: x is the new handle
.z.po:{show "Connection opened by ",string[.z.u],", handle ",string x}

/ .z.pc - connection close: x is the handle that was open
.z.pc:{show "Connection closed, handle ",string x}

/ .z.pg - sync messages (process get); the default is {value x}.
/ This one stores the remote handle and shows it, then executes the message
.z.pg:{handle::.z.w; show .z.w; value x}

/ .z.ps - async messages (process set). Nobody waits for the result, so
/ nobody sees an error either: protected execution reports it here
errhandler:{[msg;err] show "async message ",(.Q.s1 msg)," failed: '",err}
.z.ps:{@[value; x; errhandler x]}

-1"server: listening on port ",string system"p";
