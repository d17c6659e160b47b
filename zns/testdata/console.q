q)/ The console as a person at a terminal sees it: the prompt before each
q)/ input, errors with their location, the q)) debugger, and .z.pi.
q)1+1
2
q)2+"hi"
'type
  [0]  2+"hi"
        ^
q)/ a name a lambda assigns globally and then locally: the caret at the local assignment
q){a::1;a:1}
'a
  [0]  {a::1;a:1}
             ^
q)/ an error inside a function suspends it at q)), with its locals
q)g:{a:x*2;a+y}
q)f:{g[x;2#y]}
q)f[3;"hello"]
'type
  [2]  g:{a:x*2;a+y}
                 ^
q))a*4
24
q))x
3
q))y
"he"
q))/ the failed primitive and its arguments
q)).z.ex
+
q)).z.ey
6
"he"
q))/ & shows where the debugger stands, .Q.bt[] the whole stack
q))&
'type
  [2]  g:{a:x*2;a+y}
                 ^
q)).Q.bt[]
>>[2]  g:{a:x*2;a+y}
                 ^
  [1]  f:{g[x;2#y]}
          ^
  [0]  f[3;"hello"]
       ^
q))/ ` and . move up and down the stack; lines see that frame's locals
q))` / up
  [1]  f:{g[x;2#y]}
          ^
q))y
"hello"
q))`
  [0]  f[3;"hello"]
       ^
q)). / down
  [1]  f:{g[x;2#y]}
          ^
q)).
  [2]  g:{a:x*2;a+y}
                 ^
q))y
"he"
q))/ an error in a function called here suspends once more
q)){x+y}[a;y]
'type
  [5]  {x+y}
         ^
q)))x
6
q)))\
q))/ 'x signals x from the deepest frame, destroying it: its caller suspends
q))'myerror
'myerror
  [1]  f:{g[x;2#y]}
          ^
q))\
q)/ :e resumes with e as the result of the operation that failed
q){0N!"x+1 is ",string x+1;x}`asd
'type
  [1]  {0N!"x+1 is ",string x+1;x}
                             ^
q)):17
"x+1 is 17"
`asd
q)/ .Q.bt[] in a running function, the innermost frame first
q)f:{{.Q.bt[];x*2}x+1}
q)f 4
  [2]  f@:{.Q.bt[];x*2}
           ^
  [1]  f:{{.Q.bt[];x*2}x+1}
          ^
  [0]  f 4
       ^
10
q)/ traps catch what would suspend
q)@[{x+`a};1;{"caught ",x}]
"caught type"
q)/ a lone \ at q) does nothing (q would toggle to k)
q)\
q)f0:{{("hi";x+y)}[x*2;"there"]}
q)f0[2]
'type
  [2]  f0@:{("hi";x+y)}
                   ^
q))\
q)/ the namespace shows in the prompt
q)\d .foo
q.foo)v:42
q.foo)\v
,`v
q.foo)h:{v+x}
q.foo)h`a
'type
  [1]  h:{v+x}
           ^
q.foo))\
q.foo)\d .
q).foo.v
42
q)/ .z.pi takes every console line while it is defined
q).z.pi
'.z.pi
  [0]  .z.pi
       ^
q).z.pi:{">",.Q.s value x}
q)2+3
>5
q)\x .z.pi
>
q)2+3
5
q)aa:([]a:1 2 3;b:11 22 33)
q).z.pi:{0N!value x;}
q)aa
+`a`b!(1 2 3;11 22 33)
q)\x .z.pi
::
q)aa
a b 
----
1 11
2 22
3 33
q)/ system commands through the loop
q)\t
0i
q)\t 0
q)\p
0i
q)\p 5001
q)\p
5001i
q)\p 0
q)/ .z.exit is called on the way out (not here: nothing exits)
q).z.exit:{-1"bye"}
q)\x .z.exit
q).z.exit
'.z.exit
  [0]  .z.exit
       ^
