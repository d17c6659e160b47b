/ The HTTP defaults q defines in q.k, translated into q: .z.ph, the
/ handler for HTTP GET, which kdb+ defines in every session (so `\x .z.ph`
/ leaves no handler), and .h.ka. Evaluated after q.q (http.go).

/ .z.ph x, x being (requestText;headerDict) or the request text alone:
/ the text is the URL after host:port/, %-escapes undone.
/  ""          the session browser: a frame of the variables (?) beside the first one
/  "?"         the variables, each a link that shows it in the right frame
/  "?[n"       the last query's result from row n (the paging links of .h.jx)
/  "?expr"     expr evaluated by .h.val (value), shown as text, tables by rows
/  "f.ext?expr"  expr's result as ext (.h.tx: csv txt xml xls json), a file download
/  "path"      the file .h.HOME/path, typed by its extension (.h.ty)
/ Errors come back as 400 responses with the error text (.h.he).
/ Two departures from q.k: the type of "f.ext?" is the text after the last
/ "." (q takes the last 3 characters, which cannot name json), and a path
/ with ".." in it is not served.
.z.ph:{x:.h.uh$[type x;x;first x];
  $[not count x;.h.hy[`htm].h.fram[string .z.f;x;("?";"?",first x:string system"v")];
    x~enlist"?";.h.hp{.h.hb["?",x]x}each string system"v";
    "?["~2#x;.h.hp .h.jx["J"$2_x].h.R;
    "?"=first x;@[{.h.hp .h.jx[0j].h.R::1_x};x;.h.he];
    "?"in x;@[{.h.hy[t]` sv .h.tx[t:`${$["."in x;(1+last where"."=x)_x;-3#x]}n#x].h.val(1+n:x?"?")_x};x;.h.he];
    count r:$[x like"*..*";"";@[read1;`$":",p:.h.HOME,"/",x;""]];.h.hy[`$(1+x?".")_x]"c"$r;
    .h.hn["404 Not Found";`txt](.h.HOME,"/",x),": not found"]}

/ .h.ka x: the Connection header value for an idle timeout of x ms;
/ 0 disables keep-alive. qgo keeps a connection alive when the response
/ says so, for its own idle timeout.
.h.ka:{$[x>0;"keep-alive";"close"]}
