q)/ a name inside a namespace's dictionary (.ns.d.k) is amended by name in place
q)\d .cfg
q)opts.args:enlist "run"
q)opts.verbose:0b
q)\d .
q).[`.cfg.opts.args;();_/;`long$()]
`.cfg.opts.args
q).cfg.opts.args
"run"
q).[`.cfg.opts.args;();,;enlist "fast"]
`.cfg.opts.args
q)count .cfg.opts.args
2
q)@[`.cfg.opts.verbose;::;not]
`.cfg.opts.verbose
q).cfg.opts`verbose
1b
q)`.cfg.opts.args set 1#.cfg.opts.args
`.cfg.opts.args
q).cfg.opts.args
"run"
q)/ dropping a key from a namespace deletes that global
q).ns.a:1
q).ns.b:2
q).[`.ns;();_;`a]
`.ns
q)key `.ns
``b
q)/ a table appended to a list of dictionaries adds its rows
q)l:enlist ()!()
q)l,:enlist `a`b!1 2
q)count l
2
q)l 1
a| 1
b| 2
