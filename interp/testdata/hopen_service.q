q)/ after its leading colon, a colon names a process (`:host:port, or a service
q)/ name for the port), never a file: "do not use colons in a file-path"
q)/ (docs/ref/hopen.md); a service that is not known fails to connect
q)@[hopen;`:nohost:nosuchservice;{`failed}]
`failed
q)@[hopen;":nohost:nosuchservice:user:pass";{`failed}]
`failed
q)()~key`:nohost:nosuchservice
1b
