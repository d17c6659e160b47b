q)/ a dictionary held in a namespace is amended through its full name, .ns.d.k:v, as d.k:v amends it inside \d .ns (ws.q: .ws.onmessage.server after onmessage.client in \d .ws)
q)\d .ws
q)om.client:{x}
q)\d .
q).ws.om.server:{x+1}
q).ws.om
      | ::
client| {x}
server| {x+1}
q).ws.om.server 1
2
q)key `.ws
``om
q).zz.d:`a`b!1 2
q).zz.d.a:10
q).zz.d.b+:5
q).zz.d
a| 10
b| 7
