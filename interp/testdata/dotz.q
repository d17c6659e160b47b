q)/ The .z namespace (docs/ref/dotz.md): environment values and callbacks.
q)/ No callback is defined in a fresh session; reading one signals its name.
q).z.pi
'.z.pi
q).z.ts
'.z.ts
q).z.exit
'.z.exit
q).z.pg
'.z.pg
q).z.pi:{x}
q).z.pi
{x}
q)\x .z.pi
q).z.pi
'.z.pi
q)/ the console is handle 0
q).z.w
0i
q)/ clocks: lower case UTC, upper case local
q)type .z.p
-12h
q)type .z.P
-12h
q)type .z.n
-16h
q)type .z.N
-16h
q)type .z.t
-19h
q)type .z.T
-19h
q)type .z.d
-14h
q)type .z.D
-14h
q)type .z.z
-15h
q)type .z.Z
-15h
q)\o 0
q)`long$(.z.P-.z.p)div 0D00:01
0
q)\o -5
q)`long$(.z.P-.z.p)div 0D01
-5
q)\o 330
q)`long$(.z.P-.z.p)div 0D00:01
330
q)\o 0N
q)/ the host and the process
q)type .z.h
-11h
q)type .z.i
-6h
q).z.i>0
1b
q)type .z.a
-6h
q)type .z.c
-6h
q).z.c>0
1b
q)type .z.u
-11h
q).z.K
4.1
q)type .z.k
-14h
q).z.o in `l32`l64`l64arm`m64`m64arm`w32`w64
1b
q)/ the command line: nothing given here
q)(count;type)@\:.z.x
0
0h
q)(count;type)@\:.z.X
0
0h
q).z.f
`
q).z.q
0b
q)/ .z.s is the function running
q){.z.s}[]
{.z.s}
q)fact:{$[x<=0;1;x*.z.s x-1]}
q)fact 5
120
q)/ sockets and TLS: none
q).z.H
`int$()
q)count .z.W
0
q)count .z.e
0
q)/ key`.z lists the values and the callbacks defined
q)`p`P`x`X`w`s`K`k`o`q in key`.z
1111111111b
q)`ts`pi`exit in key`.z
000b
q).z.ts:{x}
q)`ts`pi`exit in key`.z
100b
q)(key`.z)~distinct key`.z
1b
q).z.ts~(`.z)`ts
1b
q)/ .z.b: the views that read each name (docs/ref/dotz.md)
q)a::x+y
q)b::x+1
q).z.b
x| `a`b
y| ,`a
