q)/ .z.ph, q's default HTTP GET handler (q.k, docs/ref/dotz.md, docs/kb/http.md), on request texts
q)\c 25 2000
q)t:([]a:1 2 3;b:`x`y`z)
q)v:42
q)/ the session browser: a frame of the variables beside the first one
q)-1 .z.ph("";()!());
HTTP/1.1 200 OK
Content-Type: text/html
Connection: close
Content-Length: 111

<html><head><title></title><frameset cols="116,*"><frame src=?><frame name=v src="?t"></frameset></head></html>
q)/ the variables, linking to the right frame
q)-1 .z.ph(enlist"?";()!());
HTTP/1.1 200 OK
Content-Type: text/html
Connection: close
Content-Length: 163

<html><head><style>body{font:10pt verdana;text-align:justify}</style></head><body><pre><a target=v href="?t">t</a>
<a target=v href="?v">v</a>
</pre></body></html>
q)/ a query, %-escapes undone, shown as the console shows it
q)-1 .z.ph("?til%2010";`Host`Accept!("localhost:5000";"*/*"));
HTTP/1.1 200 OK
Content-Type: text/html
Connection: close
Content-Length: 127

<html><head><style>body{font:10pt verdana;text-align:justify}</style></head><body><pre>0 1 2 3 4 5 6 7 8 9
</pre></body></html>
q)/ the request text alone works too
q)-1 .z.ph "?v";
HTTP/1.1 200 OK
Content-Type: text/html
Connection: close
Content-Length: 110

<html><head><style>body{font:10pt verdana;text-align:justify}</style></head><body><pre>42
</pre></body></html>
q)-1 .z.ph("?t";()!());
HTTP/1.1 200 OK
Content-Type: text/html
Connection: close
Content-Length: 127

<html><head><style>body{font:10pt verdana;text-align:justify}</style></head><body><pre>a b
---
1 x
2 y
3 z
</pre></body></html>
q)/ the last query, from row 1
q)-1 .z.ph("?[1";()!());
HTTP/1.1 200 OK
Content-Type: text/html
Connection: close
Content-Length: 123

<html><head><style>body{font:10pt verdana;text-align:justify}</style></head><body><pre>a b
---
2 y
3 z
</pre></body></html>
q)/ data formats by extension
q)-1 .z.ph("t.csv?t";()!());
HTTP/1.1 200 OK
Content-Type: text/comma-separated-values
Connection: close
Content-Length: 16

a,b
1,x
2,y
3,z

q)-1 .z.ph("t.txt?select from t where a>1";()!());
HTTP/1.1 200 OK
Content-Type: text/plain
Connection: close
Content-Length: 12

a	b
2	y
3	z

q)-1 .z.ph("t.xml?t";()!());
HTTP/1.1 200 OK
Content-Type: text/plain
Connection: close
Content-Length: 81

<R>
<r><a>1</a><b>x</b></r>
<r><a>2</a><b>y</b></r>
<r><a>3</a><b>z</b></r>
</R>

q)-1 .z.ph("t.json?t";()!());
HTTP/1.1 200 OK
Content-Type: application/json
Connection: close
Content-Length: 48

{"a":1,"b":"x"}
{"a":2,"b":"y"}
{"a":3,"b":"z"}

q)/ errors are 400 responses
q)-1 .z.ph("?1+`a";()!());
HTTP/1.1 400 Bad Request
Content-Type: text/plain
Connection: close
Content-Length: 5

'type
q)-1 .z.ph("t.csv?nosuchvar";()!());
HTTP/1.1 400 Bad Request
Content-Type: text/plain
Connection: close
Content-Length: 10

'nosuchvar
q)/ files under .h.HOME, 404 when missing
q)-1 .z.ph("index.html";()!());
HTTP/1.1 404 Not Found
Content-Type: text/plain
Connection: close
Content-Length: 26

html/index.html: not found
q)-1 .z.ph("../etc/passwd";()!());
HTTP/1.1 404 Not Found
Content-Type: text/plain
Connection: close
Content-Length: 29

html/../etc/passwd: not found
q).h.HOME:"testdata/http_home"
q)-1 .z.ph("index.html";()!());
HTTP/1.1 200 OK
Content-Type: text/html
Connection: close
Content-Length: 45

<html><body>hello from .h.HOME</body></html>

q).h.HOME:"html"
q)/ .h.val evaluates queries, and the course's wrapper pattern works
q).h.val:{value x,"+1"}
q)-1 .z.ph("?v";()!());
HTTP/1.1 200 OK
Content-Type: text/html
Connection: close
Content-Length: 110

<html><head><style>body{font:10pt verdana;text-align:justify}</style></head><body><pre>43
</pre></body></html>
q).h.val:value
q)log_query:{L,:enlist first x}
q)L:()
q).orig.zph:.z.ph
q).z.ph:{log_query[x]; .orig.zph[x]}
q)count .z.ph("?t";()!())
211
q)count L
1
q)first L
"?t"
q).h.ka 0
"close"
q).h.ka 1000i
"keep-alive"
