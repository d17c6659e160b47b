/ check.q - checks your answer to an exercise

/     qgo scripts/exercises/check.q N [-file F] [-port P] [-qgo Q]

/ N is the exercise, 1 to 12. The checker starts the server script F (by
/ default your starting file, scripts/exercises/exNN.q) as a process of its
/ own, listening on port P (default 5190), connects to it as the exercise
/ says, prints what passed and what did not, stops the server, and exits 0
/ when every check passed, 1 when one did not. Q is the qgo binary that runs
/ the server; by default the one running this script.

/ ---------------------------------------------------------------- arguments
if[not count .z.x; -2"usage: qgo scripts/exercises/check.q N [-file F] [-port P] [-qgo Q]"; exit 2]
.chk.n:"J"$first .z.x
if[not .chk.n in 1+til 12; -2"check.q: there are exercises 1 to 12, not ",first .z.x; exit 2]
.chk.opt:.Q.opt 1_.z.x
.chk.arg:{[name;default] $[name in key .chk.opt; " " sv .chk.opt name; default]}
.chk.dir:{$["/" in x; (1+last where x="/")#x; ""]} string .z.f
.chk.file:.chk.arg[`file; .chk.dir,"ex",(-2#"0",string .chk.n),".q"]
.chk.port:"J"$.chk.arg[`port;"5190"]
.chk.qgo:.chk.arg[`qgo; .z.X 0]
.chk.logfile:"/tmp/qgo-check-",string[.chk.port],".log"

/ ------------------------------------------------------------------ helpers
/ at"mary:pwd" is `::P:mary:pwd, the address of the server for that login
.chk.at:{`$"::",string[.chk.port],$[count x; ":",x; ""]}
/ connect: the handle, or the error hopen signalled, as a string
.chk.open:{[login] @[hopen; (.chk.at login; 2000); {x}]}
/ run f[]: (1b;result) or (0b;error)
.chk.try:{[f] @[{(1b;x[])}; f; {(0b;x)}]}
.chk.sleep:{system"sleep ",string x%1000;}

.chk.results:()
/ record one check: desc says what should happen, why what did instead
.chk.record:{[desc;pass;why]
  .chk.results,:pass;
  -1"  ",$[pass; "PASS "; "FAIL "],desc,$[pass; ""; "\n       ",why];}
/ run a check: f[] returns "" when it passed, else what went wrong
.chk.t:{[desc;f]
  r:.chk.try f;
  .chk.record[desc; r[0] and r[1]~""; $[r 0; r 1; "error: '",r 1]];}
/ "" when got matches want, else a sentence saying what came
.chk.same:{[got;want] $[got~want; ""; "got ",(.Q.s1 got),", expected ",.Q.s1 want]}
/ "" when f[] signals the error err, else what it did instead
.chk.fails:{[f;err] r:.chk.try f; $[r 0; "no error: the answer was ",.Q.s1 r 1; err~r 1; ""; "got the error '",(r 1),", expected '",err]}

/ login must get in: returns the handle (0Ni when it was refused)
.chk.in:{[desc;login]
  r:.chk.open login;
  ok:-6h=type r;
  .chk.record[desc; ok; "hopen ",(.Q.s1 .chk.at login)," failed: '",$[ok; ""; r]];
  $[ok; r; 0Ni]}
/ login must be refused with 'access
.chk.out:{[desc;login]
  r:.chk.open login;
  if[-6h=type r; hclose r];
  .chk.record[desc; r~"access"; $[-6h=type r; "hopen ",(.Q.s1 .chk.at login)," succeeded: it should fail with 'access"; "hopen failed with '",r,", not 'access"]];}

/ poll f[] until it returns 1b, for up to ms milliseconds
.chk.until:{[f;ms] do[1+ms div 50; if[@[f;::;0b]; :1b]; .chk.sleep 50]; 0b}

/ ------------------------------------------------------------------ the server
.chk.alive:{@[{system x; 1b}; "kill -0 ",.chk.pid," 2>/dev/null"; 0b]}
.chk.stop:{@[system; "kill ",.chk.pid," 2>/dev/null"; ::];}
/ stop the server, remove its output file, and exit with code
.chk.finish:{[code] .chk.stop[]; @[hdel; hsym`$.chk.logfile; ::]; exit code}
.chk.output:{@[read0; hsym`$.chk.logfile; enlist""]}
/ up: a connection is accepted or refused with 'access
.chk.up:{r:.chk.open"checker"; if[-6h=type r; hclose r; :1b]; r~"access"}

.chk.titles:(
  "lock the door (.z.pw)";
  "a list of allowed users (.z.pw)";
  "passwords, and users who are not there (.z.pw)";
  "never keep passwords, keep their hashes (.z.pw)";
  "three strikes (.z.pw)";
  "an audit trail (.z.pw)";
  "who is connected (.z.po)";
  "asking the caller through .z.w (.z.po)";
  "connections that close (.z.pc)";
  "user classes (.z.pg)";
  "a query log (.z.pg)";
  "a firewall (.z.ps)")
-1"Exercise ",string[.chk.n]," - ",(.chk.titles .chk.n-1),": checking ",.chk.file;

if[() ~ key hsym`$.chk.file; -2"check.q: there is no file ",.chk.file; exit 2]
if[.chk.up[]; -2"check.q: something already listens on port ",string[.chk.port],": stop it, or choose another port with -port"; exit 2]

.chk.pid:first system .chk.qgo," '",.chk.file,"' -q -p ",string[.chk.port]," </dev/null >",.chk.logfile," 2>&1 & echo $!"
/ wait up to 10 seconds for the server to listen: `up, `stopped or `timeout
.chk.wait:{do[200; if[.chk.up[]; :`up]; if[not .chk.alive[]; :`stopped]; .chk.sleep 50]; `timeout}
if[`up<>.chk.started:.chk.wait[];
  -1"  FAIL your server did not start: qgo ",.chk.file," -p ",string[.chk.port],$[.chk.started=`stopped; " exited"; " is not listening after 10 seconds"];
  .chk.printed:.chk.output[] except enlist"";
  -1 $[count .chk.printed; "  what it printed:\n","\n" sv "    ",/:.chk.printed; "  it printed nothing"];
  -1"exercise ",string[.chk.n],": your server did not start - edit ",.chk.file," and run the checker again";
  .chk.finish 1]

/ ------------------------------------------------------------------ the checks
/ .chk.ex[n] runs the checks of exercise n. The checks are lambdas, which
/ see globals but not the locals of the function around them: what they
/ need is kept in globals of .chk (a name with a dot is always global).
.chk.ex:(`long$())!()

/ 1: nobody gets in
.chk.ex[1]:{
  .chk.out["mary, with her password, is refused"; "mary:pwd"];
  .chk.out["john, with no password, is refused"; "john"];
  .chk.out["a hopen with no user name (q sends the name you logged in with) is refused"; ""];
  .chk.t["the server is still running after all that"; {$[.chk.alive[]; ""; "it has stopped"]}];
  }

/ 2: only .perm.allowed
.chk.ex[2]:{
  if[not null h:.chk.in["mary, allowed, gets in with no password"; "mary"]; hclose h];
  if[not null h:.chk.in["john, allowed, gets in with any password"; "john:whatever"]; hclose h];
  .chk.out["ann, not allowed, is refused even with a password"; "ann:pwd"];
  .chk.out["a hopen with no user name (q sends the name you logged in with) is refused"; ""];
  h:.chk.open"john";
  if[-6h=type h; h".perm.allowed,:`ann"; hclose h];
  if[not null h:.chk.in["ann gets in once she is added to .perm.allowed"; "ann"]; hclose h];
  }

/ 3: the password .perm.users holds, and only for users it lists
.chk.ex[3]:{
  if[not null h:.chk.in["mary gets in with her password"; "mary:pwd"]; hclose h];
  if[not null h:.chk.in["john gets in with his password"; "john:pwd"]; hclose h];
  .chk.out["mary with a wrong password is refused"; "mary:pwd2"];
  .chk.out["mary with no password is refused"; "mary"];
  .chk.out["bob, not in .perm.users, with no password, is refused"; "bob"];
  .chk.out["bob with a password is refused"; "bob:pwd"];
  .chk.out["a hopen with no user name (q sends the name you logged in with) is refused"; ""];
  }

/ 4: md5 hashes
.chk.ex[4]:{
  if[not null h:.chk.in["mary gets in with her password pwd"; "mary:pwd"]; hclose h];
  if[not null h:.chk.in["john gets in with his password secret"; "john:secret"]; hclose h];
  .chk.out["john with mary's password is refused"; "john:pwd"];
  .chk.out["john giving his hash as the password is refused"; "john:",raze string md5 "secret"];
  .chk.out["bob, not in .perm.users, is refused"; "bob"];
  .chk.out["bob with a password is refused"; "bob:secret"];
  }

/ 5: three strikes
.chk.ex[5]:{
  .chk.out["john with a wrong password is refused (1 failure)"; "john:x1"];
  .chk.out["john with a wrong password is refused (2 failures)"; "john:x2"];
  if[not null h:.chk.in["john, after 2 failures, gets in with his password"; "john:pwd"]; hclose h];
  .chk.out["john fails again (1 failure since he got in)"; "john:x3"];
  .chk.out["john fails again (2 failures)"; "john:x4"];
  if[not null h:.chk.in["john still gets in: his count went back to 0"; "john:pwd"]; hclose h];
  .chk.out["mary with a wrong password is refused (1)"; "mary:x1"];
  .chk.out["mary with a wrong password is refused (2)"; "mary:x2"];
  .chk.out["mary with a wrong password is refused (3)"; "mary:x3"];
  .chk.out["mary, locked out, is refused even with her password"; "mary:pwd"];
  .chk.h:.chk.in["ann gets in: mary's failures are not hers"; "ann:pwd"];
  .chk.out["bob, not in .perm.users, is refused"; "bob:pwd"];
  if[null .chk.h; :()];
  .chk.t["ann reads .perm.failures: mary has 3 or more"; {$[3<=0^(.chk.h".perm.failures")`mary; ""; "got .perm.failures = ",.Q.s1 .chk.h".perm.failures"]}];
  .chk.t["john's count is 0"; {.chk.same[0^(.chk.h".perm.failures")`john; 0]}];
  hclose .chk.h;
  }

/ 6: an audit trail
.chk.ex[6]:{
  if[not null h:.chk.in["mary gets in with her password"; "mary:pwd"]; hclose h];
  .chk.out["mary with a wrong password is refused"; "mary:nope"];
  .chk.out["bob, not in .perm.users, is refused"; "bob"];
  h:.chk.in["john gets in with his password"; "john:pwd"];
  if[null h; :()];
  .chk.tbl:h".perm.log";
  hclose h;
  .chk.t[".perm.log is still a table of time, user and ok"; {.chk.same[cols .chk.tbl; `time`user`ok]}];
  .chk.mine:select from .chk.tbl where user in `mary`bob`john;
  .chk.t[".perm.log has a row for each attempt, in order"; {.chk.same[exec user from .chk.mine; `mary`mary`bob`john]}];
  .chk.t[".perm.log says who got in"; {.chk.same[exec ok from .chk.mine; 1001b]}];
  .chk.t[".perm.log has the time of each attempt"; {t:exec time from .chk.mine; $[(4=count t) and (-12h=type first t) and (not any null t) and t~asc t; ""; "got times ",.Q.s1 t]}];
  .chk.t[".perm.log holds no password"; {s:.Q.s1 .chk.tbl; $[not count .chk.tbl; "it is empty"; any s like/: ("*pwd*";"*nope*"); "a password is in it: ",s; ""]}];
  }

/ ID, which the server's .z.po may ask for through .z.w
ID:`checker

/ a new connection and the handle the server has for it. The server may
/ ask us for ID while it opens the connection: the sync request .z.w on
/ the new handle serves that request while it waits for its answer.
.chk.conn:{[login] r:.chk.open login; $[-6h=type r; (r; r".z.w"); (0Ni; 0Ni)]}
/ the row of .ipc.connections for the server's handle w, asked on handle h;
/ () when there is none
.chk.row:{[h;w] t:h".ipc.connections"; $[w in exec handle from t; t w; ()]}

/ 7: .ipc.handles and .ipc.users
.chk.ex[7]:{
  .chk.a:.chk.conn"alice"; .chk.b:.chk.conn"bob";
  if[any null .chk.a[0],.chk.b[0]; :.chk.record["alice and bob can connect"; 0b; "hopen failed"]];
  .chk.t[".ipc.handles ends with alice's and bob's handles, in that order"; {w:.chk.a[1],.chk.b[1]; hs:.chk.a[0]".ipc.handles"; $[w~-2#hs; ""; "got .ipc.handles = ",(.Q.s1 hs),"; alice's handle is ",(string w 0),", bob's ",string w 1]}];
  .chk.t[".ipc.users says alice's handle is alice's"; {.chk.same[(.chk.a[0]".ipc.users") .chk.a 1; `alice]}];
  .chk.t[".ipc.users says bob's handle is bob's"; {.chk.same[(.chk.a[0]".ipc.users") .chk.b 1; `bob]}];
  .chk.c:.chk.conn"carol";
  .chk.t[".ipc.handles grows with each new connection"; {$[(.chk.c 1) in .chk.a[0]".ipc.handles"; ""; "carol's handle ",(string .chk.c 1)," is not in it"]}];
  hclose each (.chk.a 0;.chk.b 0;.chk.c 0);
  }

/ 8: .ipc.connections
.chk.ex[8]:{
  ID::`clientA;
  .chk.a:.chk.conn"alice";
  if[null .chk.a 0; :.chk.record["alice can connect"; 0b; "hopen failed"]];
  .chk.r:.chk.row . .chk.a;
  .chk.t["alice's connection has a row, keyed by its handle"; {$[99h=type .chk.r; ""; "no row for handle ",string .chk.a 1]}];
  if[not 99h=type .chk.r; :()];
  .chk.t["its user is alice"; {.chk.same[.chk.r`user; `alice]}];
  .chk.t["its id is clientA: the ID the server asked alice's process for"; {.chk.same[.chk.r`id; `clientA]}];
  .chk.t["its state is open"; {.chk.same[.chk.r`state; `open]}];
  .chk.t["its time is when the connection opened"; {t:.chk.r`time; $[(-12h=type t) and (not null t) and 0D00:01>abs .chk.a[0][".z.p"]-t; ""; "got ",.Q.s1 t]}];
  delete ID from `.;
  .chk.b:.chk.conn"bob";
  .chk.t["a process with no ID can connect all the same"; {$[null .chk.b 0; "hopen failed"; ""]}];
  if[not null .chk.b 0;
    .chk.r:.chk.row . .chk.b;
    .chk.t["it has a row too"; {$[99h=type .chk.r; ""; "no row for handle ",string .chk.b 1]}];
    if[99h=type .chk.r;
      .chk.t["its id is unknown"; {.chk.same[.chk.r`id; `unknown]}];
      .chk.t["its user is bob"; {.chk.same[.chk.r`user; `bob]}]];
    hclose .chk.b 0];
  ID::`checker;
  hclose .chk.a 0;
  }

/ 9: .z.pc
.chk.ex[9]:{
  ID::`main; .chk.m:.chk.conn"main";
  ID::`leaver; .chk.l:.chk.conn"leaver";
  ID::`checker;
  if[any null .chk.m[0],.chk.l[0]; :.chk.record["two connections open"; 0b; "hopen failed"]];
  .chk.t0:(.chk.row[.chk.m 0; .chk.l 1])`time;
  hclose .chk.l 0;
  .chk.closed:.chk.until[{`closed~(.chk.row[.chk.m 0; .chk.l 1])`state}; 3000];
  .chk.r:.chk.row[.chk.m 0; .chk.l 1];
  .chk.t["the closed connection keeps its row"; {$[99h=type .chk.r; ""; "its row is gone"]}];
  if[99h=type .chk.r;
    .chk.t["its state becomes closed"; {$[.chk.closed; ""; "after 3 seconds its row is ",.Q.s1 .chk.r]}];
    .chk.t["it keeps its user and id"; {.chk.same[.chk.r`user`id; `leaver`leaver]}];
    .chk.t["its time becomes the time it closed"; {$[.chk.r[`time]>.chk.t0; ""; "got ",(.Q.s1 .chk.r`time),"; it opened at ",.Q.s1 .chk.t0]}]];
  .chk.t["the other connection is still open"; {.chk.same[(.chk.row . .chk.m)`state; `open]}];
  hclose .chk.m 0;
  }

/ 10: classes
.chk.ex[10]:{
  .chk.j:.chk.open"john:pwd"; .chk.m:.chk.open"mary:pwd"; .chk.o:.chk.open"olga";
  if[not all -6h=type each (.chk.j;.chk.m;.chk.o); :.chk.record["john, mary and olga can connect"; 0b; "hopen failed: ",.Q.s1 (.chk.j;.chk.m;.chk.o)]];
  .chk.t["john, a superUser, runs 2+2"; {.chk.same[.chk.j"2+2"; 4]}];
  .chk.t["john runs a function call (`til;3)"; {.chk.same[.chk.j(`til;3); 0 1 2]}];
  .chk.t["mary, a basicUser, gets 'permission"; {.chk.fails[{.chk.m"2+2"}; "permission"]}];
  .chk.t["olga, not in .perm.users, gets 'permission"; {.chk.fails[{.chk.o"2+2"}; "permission"]}];
  .chk.t["mary's function calls get 'permission too"; {.chk.fails[{.chk.m(`til;3)}; "permission"]}];
  @[.chk.m; "hacked:1b"; ::];
  .chk.t["mary's query did not run"; {.chk.same[.chk.j"`hacked in key `."; 0b]}];
  hclose each (.chk.j;.chk.m;.chk.o);
  }

/ 11: the query log
.chk.ex[11]:{
  .chk.h:.chk.open"alice";
  if[-6h<>type .chk.h; :.chk.record["alice can connect"; 0b; "hopen failed: '",.chk.h]];
  .chk.w:.chk.h".z.w";
  .chk.t["a query is answered: \"2+2\""; {.chk.same[.chk.h"2+2"; 4]}];
  .chk.t["a function call is answered: (`til;3)"; {.chk.same[.chk.h(`til;3); 0 1 2]}];
  .chk.t["a query that fails gives the client its error: \"1+`a\""; {.chk.fails[{.chk.h"1+`a"}; "type"]}];
  .chk.tbl:.chk.h".log.queries";
  hclose .chk.h;
  .chk.t[".log.queries is still a table of time, user, handle and query"; {.chk.same[cols .chk.tbl; `time`user`handle`query]}];
  .chk.mine:select from .chk.tbl where handle=.chk.w;
  .chk.t["each query is recorded as text, in order, the failing one too"; {.chk.same[4 sublist exec query from .chk.mine; (".z.w";"2+2";"(`til;3)";"1+`a")]}];
  .chk.t["with the user who sent it"; {.chk.same[4 sublist exec user from .chk.mine; 4#`alice]}];
  .chk.t["and the time"; {t:4 sublist exec time from .chk.mine; $[(4=count t) and (-12h=type first t) and not any null t; ""; "got ",.Q.s1 t]}];
  }

/ 12: the firewall
.chk.ex[12]:{
  .chk.h:.chk.open"";
  if[-6h<>type .chk.h; :.chk.record["a client can connect"; 0b; "hopen failed: '",.chk.h]];
  neg[.chk.h](`upd;`trade;(`ibm;101.5));
  neg[.chk.h]"hacked:1b";
  neg[.chk.h](`set;`hacked2;1b);
  neg[.chk.h]({hacked3::1b};::);
  neg[.chk.h]"trade:0#trade";
  neg[.chk.h](`upd;`trade;(`msft;20.25));
  .chk.h"";                             / a chase: the messages above have all been served
  .chk.t["calls to upd get through"; {.chk.same[.chk.h"exec sym from trade"; `ibm`msft]}];
  .chk.t["a string does not run"; {.chk.same[.chk.h"`hacked in key `."; 0b]}];
  .chk.t["a call to another function does not run"; {.chk.same[.chk.h"`hacked2 in key `."; 0b]}];
  .chk.t["a function the client ships does not run"; {.chk.same[.chk.h"`hacked3 in key `."; 0b]}];
  .chk.t["sync requests still work"; {.chk.same[.chk.h"1+1"; 2]}];
  hclose .chk.h;
  }

/ ------------------------------------------------------------------ run them
.chk.run:@[.chk.ex .chk.n; ::; {.chk.record["the checks ran to the end"; 0b; "the checker stopped: '",x]}]
.chk.crashed:not .chk.alive[]
if[.chk.crashed; .chk.record["the server is still running"; 0b; "it has stopped"]]
.chk.stop[]
.chk.failed:sum not .chk.results
if[.chk.failed or .chk.crashed;
  .chk.printed:.chk.output[] except enlist"";
  if[count .chk.printed;
    -1"  what your server printed:";
    -1 "    ",/:.chk.printed];
  -1"exercise ",string[.chk.n],": ",string[.chk.failed]," of ",string[count .chk.results]," checks failed - edit ",.chk.file," and run the checker again";
  .chk.finish 1]
-1"exercise ",string[.chk.n],": all ",string[count .chk.results]," checks passed";
.chk.finish 0
