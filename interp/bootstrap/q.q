/ The parts of the .Q and .h namespaces that q itself writes in q (q.k),
/ evaluated into every new session. A statement starts on a line that is
/ not indented; indented lines continue it. The natives (.Q.s .Q.f .Q.id
/ .j.j .j.k ...) are Go: dotq.go, dotj.go.

/ .Q constants
.Q.k:4.0
.Q.K:2020.10.02
.Q.M:0W
.Q.x:()
.Q.res:`abs`acos`asin`atan`avg`bin`binr`cor`cos`cov`delete`dev`div`do`enlist`exec`exit`exp`getenv`hopen`if`in`insert`last`like`log`max`min`prd`select`setenv`sin`sqrt`ss`sum`tan`update`var`wavg`while`within`wsum`xexp
.Q.A:"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
.Q.a:"abcdefghijklmnopqrstuvwxyz"
.Q.n:"0123456789"
.Q.nA:.Q.n,.Q.A
.Q.an:.Q.a,.Q.A,"_",.Q.n
.Q.b6:.Q.A,.Q.a,.Q.n,"+/"
.Q.t:" bg xhijefcspmdznuvts"

/ .Q functions
.Q.addmonths:{("d"$m+y)+x-"d"$m:"m"$x}
.Q.fmt:{$[x<count y:.Q.f[y;z];x#"*";((x-count y)#" "),y]}
.Q.dd:{` sv x,`$string y}
.Q.qt:{$[99h=type x;(98h=type key x)&98h=type value x;98h=type x]}
.Q.v:{$[-11h=type x;get $[":"=first t:string x;`$t,"/";x];x]}
.Q.V:{$[0h>type first x:flip 0!.Q.v x;x@'key x;x]}
.Q.ft:{$[$[99h=type t:.Q.v y;98h=type value t;0b];(count key flip key y)!x 0!y;x y]}
.Q.tx:{$[(76h<t)|not t:type x;$[0h<t:type first x;neg t;0h];20h>t;t;11h]}
.Q.ty:{$[0h>x:.Q.tx x;upper .Q.t neg x;.Q.t x]}
.Q.fu:{[f;x]$[0h>type x;f x;f[u](u:distinct x)?x]}
.Q.fc:{$[(1<n:abs"j"$system"s")&1<count y;raze x peach(n;0N)#y;x y]}
.Q.ff:{$[all(cols y)in f:cols x;x;x,'(f _ y)(count x)#0N]}
.Q.opt:{[o].Q.x:$[count i:where o like"-[^0-9]*";i[0]#o;o];(`$1_'first each o)!1_'o:i _ o}
.Q.def:{x,k!{$[0h>type x;first;::](type first x)$y}'[x k;y k:key y]}
.Q.ld:{i:where not(first each x)in" \t";(1+i;"\n"sv/:i _ x)}
.Q.l:{system"l ",$[":"=first s:string x;1_s;s]}
.Q.lo:{[d;c;s].Q.lox(d;c;s)}
.Q.trp:{-105!(x;enlist y;z;`.Q.trp)}
.Q.trpd:{-105!(x;y;z;`.Q.trpd)}
.Q.sbt:{raze x}
.Q.S:{x[1]{$[x<count y;((x-2)#y),"..";y]}'$[t&77h>t:type z;enlist .Q.s1 z;99h<t;"\n"vs .Q.s1 z;$[s;,[;enlist".."];::].Q.s2 sublist[(y;n-s:(y+n:x[0]-2*.Q.qt z)<count z)]z]}
.Q.ajf0:{[f;g;x;y;z]x,:();z:0!z;d:$[g;x _ z;z];g:(:;^)f;f:(,;^)f;$[all j:-1<i:(x#z)bin x#y;f'[y;d i];flip .[flip .Q.ff[y]d;(cols d;j);g;flip d i j:where j]]}
.Q.tab:{" "sv'flip(x*max count each'y)$'flip y}

.Q.hp:{[x;y;z].Q.hpx(x;y;z)}
.Q.fk:{$[(20h>t)|76h<t:abs type x;`;key x]}

/ databases: the natives .Q.enx .Q.dpx .Q.parx .Q.chk .Q.cn .Q.ind are Go (dbwrite.go, partition.go)
.Q.ens:{[d;t;s].Q.enx(d;t;s)}
.Q.en:{[d;t].Q.enx(d;t;`sym)}
.Q.par:{[d;p;t].Q.parx(d;p;t)}
.Q.dpfts:{[d;p;f;t;s].Q.dpx(d;p;f;t;s)}
.Q.dpft:{[d;p;f;t].Q.dpx(d;p;f;t;`sym)}
.Q.dpts:{[d;p;t;s].Q.dpx(d;p;`;t;s)}
.Q.dpt:{[d;p;t].Q.dpx(d;p;`;t;`sym)}
.Q.hdpf:{[h;d;p;f]{[d;p;f;t].Q.dpft[d;p;f;t];t set 0#get t}[d;p;f]each t idesc count each get each t:tables`.;if[h:@[hopen;h;0];h"\\l .";hclose h]}
.Q.fsn:{[f;s;n]{[f;s;n;x]i:(count r)^1+last where"\n"=r:"c"$read1(s;x;n);f"\n"vs$["\n"=last c:i#r;-1_c;c];x+i}[f;s;n]/[(hcount s)>;0]}
.Q.fs:{[f;s].Q.fsn[f;s;131000]}
/ .Q.dsftg[(dst;part;table);(src;offset;length);fields;(types;widths);g] (docs/ref/dotq.md): the
/ fixed-width records of src from offset (a length of 0 or less counts back from the end), read
/ .Q.M&1000000 rows at a time as text (0:, upper-case types) or binary (1:), made tables of
/ fields, passed through g, enumerated against dst and appended to the splayed table at
/ .Q.par[dst;part;table], which is the result (KX's tq.q sets p# on its sym column through it)
.Q.dsftg:{[d;s;f;t;g]w:sum t 1;n:$[0<s 2;s 2;(hcount s 0)+s[2]-s 1] div w;c:.Q.M&1000000;p:.Q.par . d;r:$[any t[0]in .Q.A;0:;1:][t];
  {[a;b;i].[` sv a[0],`;();,;.Q.en[a 1]a[4]flip a[3]!a[5](a 2;b[0]+i*b 1;b[1]*b[2]&b[3]-i)]}[(p;d 0;s 0;f;g;r);(s 1;w;c;n)]each c*til ceiling n%c;p}
.Q.fpn:{[f;s;n]h:hopen`$":fifo://",1_string s;r:"";while[count b:"c"$read1(h;n);r,:b;if[count i:where"\n"=r;f"\n"vs(last i)#r;r:(1+last i)_r]];if[count r;f enlist r];hclose h}
.Q.fps:{[f;s].Q.fpn[f;s;131000]}

/ .h markup
.h.htc:{"<",t,y,"</",t:string[x],">"}
.h.hta:{"<",string[x],(raze" ",'string[key y],'"=",'{$[10h=type x;"\"",x,"\"";string x]}each value y),">"}
.h.htac:{.h.hta[x;y],z,"</",string[x],">"}
.h.ha:{.h.htac[`a;(enlist`href)!enlist x;y]}
.h.hb:{.h.htac[`a;`target`href!(`v;x);y]}
.h.pre:{.h.htc[`pre;` sv x]}
.h.xmp:{.h.htc[`xmp;` sv x]}
.h.br:"<br>"
.h.hr:{(count x)#"-"}
.h.nbr:{.h.htc[`nobr;x]}
.h.hc:{"&lt;"sv"<"vs x}
.h.xs:{"&gt;"sv">"vs"&lt;"sv"<"vs"&amp;"sv"&"vs x}
.h.code:{" "sv @[x;1+2*til floor .5*count x:"\t"vs x;{.h.htc[`code;.h.nbr .h.hc x]}]}
.h.http:{$[count i:x ss"http://";(i[0]#x),raze{i:min x?") ";u:i#x;.h.ha[u;u],i _ x}each i _ x;x]}
.h.text:{` sv{.h.htc[`p;.h.http .h.code x]}each x where 0<count each x}
.h.data:{x:.Q.tab[1]n#'x,\:(n:max count each x:"\t"vs'x:1_'x)#enlist"";if[100<count first x;0N!count first x;0N!'x];.h.xmp $["- "~2#x 1;@[x;1;.h.hr];x]}
.h.ht:{[t]T:t:string t;x:read0`$"src/",t,".txt";if[not"."=first first x;T:first x;x:1_x];
  n:{("."=x)?0b}each x;i:where 0<n;n:n i;h:trim n _'x i;
  H:("."sv'string(){$[y>count x;x,1;((y-1)#x),1+x y-1]}\n),'" ",/:h;
  x[i]:{.h.htac[`h5;(enlist`id)!enlist x;y]}'[h;H];
  c:not(0<count each x)&" "=first each x;
  x:` sv("Copyright &copy; ",.h.logo;.h.htc[`h5;T]),((count x)#(.h.text;.h.data))@'x:(where c<>0b,-1_c)_x;
  c:{.h.hb[x,"#",y;z],.h.br}[a:t,".htm"]'[h;H];
  c:.h.nbr` sv $[all n:n=1;c;1_raze(enlist .h.br),/:(where n)_c];
  (`$a)1:.h.fram[T;H;b:"a/",/:("_",a;a)];
  (`$b)1:'.h.html each(string[.z.D],.h.htc[`h5;"Contents"],c;x);}
.h.jx:{[j;x]x:.h.val x;$[$[.Q.qt x;(N:first[system"C"]-4)<n:count x;0b];(" "sv .h.ha'["?[",/:string(0;0|j-N),reverse mins(n-N;j+N);string`home`up`down`end],enlist string[n],"[",string[j],"]";"");()],.h.hc each .Q.S[system"C";j;x]}
.h.c0:`024C7E
.h.c1:`958600
.h.logo:"<font color=024C7E><b>KX</b></font><font color=958600><b>.com</b></font>"
.h.sa:"a{text-decoration:none}a:link{color:024C7E}a:visited{color:024C7E}a:active{color:958600}"
.h.sb:"body{font:10pt verdana;text-align:justify}"
.h.html:{.h.htc[`html;.h.htc[`head;.h.htc[`style;.h.sa,.h.sb]],.h.htc[`body;x]]}
.h.fram:{.h.htc[`html;.h.htc[`head;.h.htc[`title;x],.h.htac[`frameset;(enlist`cols)!enlist string[116|316&43+(7+"?"~first z)*max count each y],",*";raze .h.hta[`frame]each((enlist`src)!enlist first z;`name`src!(`v;last z))]]]}

/ .h data formats
.h.d:" "
.h.cd:{csv 0:$[.Q.qt x;[t:0!x;c:where(not l=-10h)&0>l:.Q.tx each value flip t;@[t;(cols t)c;{.h.d sv/:string x}]];x]}
.h.td:{"\t"0:x}
.h.xd:{x:flip 0!x;r:raze each flip(string key x){("<",x,">"),/:y,\:"</",x,">"}'{.h.xs each $[11h=type x;string x;(0h<t)&77h>t:type x;string x;x]}each value x;(enlist"<R>"),("<r>",/:r,\:"</r>"),enlist"</R>"}
.h.iso8601:{$[null x;"";@[string"p"$x;4 7 10;:;"--T"]]}
.h.ex:("<?xml version=\"1.0\"?><?mso-application progid=\"Excel.Sheet\"?>";)
.h.eb:{.h.htac[`Workbook;(`$"xmlns",/:("";":ss";":o";":x";":html"))!("urn:schemas-microsoft-com:office:",/:("spreadsheet";"spreadsheet";"office";"excel")),enlist"http://www.w3.org/TR/REC-html40";x]}
.h.ec:{.h.htc[`Cell;.h.htac[`Data;(enlist`$"ss:Type")!enlist string`String`Number`String`DateTime`DateTime`String i;(.h.xs;string;{.h.xs string x};.h.iso8601;{.h.iso8601 1899.12.31+"n"$x};{.h.xs string x})[i:-10 1 10 12 16 20h bin neg type x]x]]}
.h.es:{.h.htac[`Worksheet;(enlist`$"ss:Name")!enlist string x;.h.htc[`Table;raze{.h.htc[`Row;raze .h.ec each x]}each(enlist cols y),flip value flip y:0!y]]}
.h.ed:{.h.ex .h.eb .h.es[`Sheet1;x]}
.h.edsn:{.h.ex .h.eb"\r\n"sv .h.es'[key x;value x]}
.h.tx:`raw`json`csv`txt`xml`xls!(enlist;{.j.j each $[.Q.qt x;0!x;x]};.h.cd;.h.td;.h.xd;.h.ed)
.h.xt:{$[`json=x;.j.k each y;'`nyi]}

/ .h URIs and HTTP
.h.uh:{(first x),raze{("c"$"X"$2#x),2_x}each 1_x:"%"vs x}
.h.sc:"$-.+!*'(),",.Q.an
.h.hug:{{raze{$[x in y;enlist x;"%",string"x"$x]}[;x]each y}[x]}
.h.hu:{.h.hug[.h.sc]x}
.h.ty:`htm`html`csv`txt`xml`xls`gif`jpg`png`bmp`ico`svg`pdf`css`zip`js`doc`swf`json!("text/html";"text/html";"text/comma-separated-values";"text/plain";"text/plain";"application/msexcel";
  "image/gif";"image/jpeg";"image/png";"image/bmp";"image/x-icon";"image/svg+xml";"application/pdf";"text/css";
  "application/x-compressed";"application/x-javascript";"application/msword";"application/x-shockwave-flash";"application/json")
.h.hnz:{[a;b;c;d]"HTTP/1.1 ",a,"\r\nContent-Type: ",$[c in key .h.ty;.h.ty c;"application/octet-stream"],"\r\nConnection: close\r\nContent-Length: ",string[count d],"\r\n\r\n",d}
.h.hn:{[a;c;d].h.hnz[a;0b;c;d]}
.h.hy:{[c;d].h.hn["200 OK";c;d]}
.h.hp:{.h.hy[`htm;.h.htc[`html;.h.htc[`head;.h.htc[`style;.h.sb]],.h.htc[`body;.h.pre x]]]}
.h.he:{.h.hn["400 Bad Request";`txt;"'",.h.hc x]}
.h.HOME:"html"
.h.val:value
