q)/ .h: markup, data formats and HTTP responses (docs/ref/doth.md)
q)\c 25 2000
q).h.htc[`tag;"value"]
"<tag>value</tag>"
q).h.hta[`a;(`href`target)!("http://www.example.com";"_blank")]
"<a href=\"http://www.example.com\" target=\"_blank\">"
q).h.htac[`a;(`href`target)!("http://www.example.com";"_blank");"Example.com Main Page"]
"<a href=\"http://www.example.com\" target=\"_blank\">Example.com Main Page</a>"
q).h.ha["http://www.example.com";"Example.com Main Page"]
"<a href=\"http://www.example.com\">Example.com Main Page</a>"
q).h.hb["http://www.example.com";"Example.com Main Page"]
"<a target=v href=\"http://www.example.com\">Example.com Main Page</a>"
q).h.hc "<foo>"
"&lt;foo>"
q).h.hr "foo"
"---"
q).h.nbr "foo bar"
"<nobr>foo bar</nobr>"
q).h.pre("foo";"bar")
"<pre>foo\nbar\n</pre>"
q).h.xmp("foo";"bar")
"<xmp>foo\nbar\n</xmp>"
q).h.text("foo";"bar")
"<p>foo</p>\n<p>bar</p>\n"
q).h.code "foo\tbar"
"foo <code><nobr>bar</nobr></code>"
q).h.code "foo\tbar\tabc\tdef"
"foo <code><nobr>bar</nobr></code> abc <code><nobr>def</nobr></code>"
q).h.code "foo"
"foo"
q).h.http "The main page is http://www.example.com"
"The main page is <a href=\"http://www.example.com\">http://www.example.com</a>"
q).h.hu "http://www.kx.com"
"http%3a%2f%2fwww.kx.com"
q).h.uh "http%3a%2f%2fwww.kx.com"
"http://www.kx.com"
q).h.xs "Arthur & Co."
"Arthur &amp; Co."
q).h.xs "a<b>c"
"a&lt;b&gt;c"
q).h.iso8601 100
"2000-01-01T00:00:00.000000100"
q).h.sb
"body{font:10pt verdana;text-align:justify}"
q).h.sc
"$-.+!*'(),abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789"
q).h.br
"<br>"
q).h.c0
`024C7E
q).h.c1
`958600
q).h.HOME
"html"
q).h.d
" "
q).h.hn["404";`txt;"Not found: favicon.ico"]
"HTTP/1.1 404\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: 22\r\n\r\nNot found: favicon.ico"
q).h.hn["200";`;"x"]
"HTTP/1.1 200\r\nContent-Type: application/octet-stream\r\nConnection: close\r\nContent-Length: 1\r\n\r\nx"
q).h.he "<rubbish>"
"HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: 13\r\n\r\n'&lt;rubbish>"
q).h.hy[`json]"[1]"
"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: 3\r\n\r\n[1]"
q).h.xd ([]a:1 2 3;b:`x`y`z)
"<R>"
"<r><a>1</a><b>x</b></r>"
"<r><a>2</a><b>y</b></r>"
"<r><a>3</a><b>z</b></r>"
"</R>"
q).h.td ([]a:1 2 3;b:`x`y`z)
"a\tb"
"1\tx"
"2\ty"
"3\tz"
q).h.ty`json
"application/json"
q).h.xt[`json;("{\"foo\":\"bar\"}";"{\"this\":\"that\"}")]
(,`foo)!,"bar"
(,`this)!,"that"
q)first .h.xt[`json;("{\"foo\":\"bar\"}";"{\"this\":\"that\"}")]
foo| "bar"
q).h.tx[`json] ([] 0 1)
"{\"x\":0}"
"{\"x\":1}"
q)show t:flip`items`sales`prices!(`nut`bolt`cam`cog;6 8 0 3;10 20 15 20)
items sales prices
------------------
nut   6     10    
bolt  8     20    
cam   0     15    
cog   3     20    
q).h.tx[`json] t
"{\"items\":\"nut\",\"sales\":6,\"prices\":10}"
"{\"items\":\"bolt\",\"sales\":8,\"prices\":20}"
"{\"items\":\"cam\",\"sales\":0,\"prices\":15}"
"{\"items\":\"cog\",\"sales\":3,\"prices\":20}"
q).h.fram["Five rows";("12 10 11";"93 54 38");("tmp.htm";"tmp.txt")]
"<html><head><title>Five rows</title><frameset cols=\"116,*\"><frame src=\"tmp.htm\"><frame name=v src=\"tmp.txt\"></frameset></head></html>"
q)count .h.ed ([]a:1 2;b:`x`y)
2
q).h.val "1+1"
2
q).h.html "<p>Hello world!</p>"
"<html><head><style>a{text-decoration:none}a:link{color:024C7E}a:visited{color:024C7E}a:active{color:958600}body{font:10pt verdana;text-align:justify}</style></head><body><p>Hello world!</p></body></html>"
q).h.sa
"a{text-decoration:none}a:link{color:024C7E}a:visited{color:024C7E}a:active{color:958600}"
q).h.logo
"<font color=024C7E><b>KX</b></font><font color=958600><b>.com</b></font>"
q).h.ed ([]a:1 2;b:`x`y)
"<?xml version=\"1.0\"?><?mso-application progid=\"Excel.Sheet\"?>"
"<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\" xmlns:html=\"http://www.w3.org/TR/REC-html40\"><Worksheet ss:Name=\"Sheet1\"><Table><Row><Cell><Data ss:Type=\"String\">a</Data></Cell><Cell><Data ss:Type=\"String\">b</Data></Cell></Row><Row><Cell><Data ss:Type=\"Number\">1</Data></Cell><Cell><Data ss:Type=\"String\">x</Data></Cell></Row><Row><Cell><Data ss:Type=\"Number\">2</Data></Cell><Cell><Data ss:Type=\"String\">y</Data></Cell></Row></Table></Worksheet></Workbook>"
q).h.edsn `t1`t2!(([]a:1 2);([]b:`x`y))
"<?xml version=\"1.0\"?><?mso-application progid=\"Excel.Sheet\"?>"
"<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\" xmlns:html=\"http://www.w3.org/TR/REC-html40\"><Worksheet ss:Name=\"t1\"><Table><Row><Cell><Data ss:Type=\"String\">a</Data></Cell></Row><Row><Cell><Data ss:Type=\"Number\">1</Data></Cell></Row><Row><Cell><Data ss:Type=\"Number\">2</Data></Cell></Row></Table></Worksheet>\r\n<Worksheet ss:Name=\"t2\"><Table><Row><Cell><Data ss:Type=\"String\">b</Data></Cell></Row><Row><Cell><Data ss:Type=\"String\">x</Data></Cell></Row><Row><Cell><Data ss:Type=\"String\">y</Data></Cell></Row></Table></Worksheet></Workbook>"
q).h.fram["Five rows";("12 10 11";"93 54 38");("tmp.htm";"tmp.txt")]
"<html><head><title>Five rows</title><frameset cols=\"116,*\"><frame src=\"tmp.htm\"><frame name=v src=\"tmp.txt\"></frameset></head></html>"
q).h.hp ("ab";"cd")
"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\nContent-Length: 113\r\n\r\n<html><head><style>body{font:10pt verdana;text-align:justify}</style></head><body><pre>ab\ncd\n</pre></body></html>"
q).h.hn["404";`txt;"Not found: favicon.ico"]
"HTTP/1.1 404\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: 22\r\n\r\nNot found: favicon.ico"
q).h.he "<rubbish>"
"HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: 13\r\n\r\n'&lt;rubbish>"
q).h.data (" a\tbb";" - \t-";" ccc\td")
"<xmp>a   bb\n------\nccc d \n</xmp>"
q).Q.tab[1](("a";"bb");("ccc";"d"))
"a   bb"
"ccc d "
q)a:([] a:100*til 1000;b:1000#til 7;c:1000#til 5)
q){(where x="<")_x}first .h.jx[0;`a]
"<a href=\"?[0\">home"
"</a> "
"<a href=\"?[0\">up"
"</a> "
"<a href=\"?[32\">down"
"</a> "
"<a href=\"?[968\">end"
"</a> 1000[0]"
q)count .h.jx[5;`a]
38
q)-3#.h.jx[5;`a]
"3600 1 1"
"3700 2 2"
".."
