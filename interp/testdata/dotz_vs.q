q)/ .z.vs is called after a global of the root namespace is set, with its name and the index (docs/ref/dotz.md)
q).z.vs:{0N!(x;y;value x)}
q)m:(1 2;3 4)
(`m;();(1 2;3 4))
q)m[1;1]:0
(`m;1 1;(1 2;3 0))
q)/ not for a function's locals, nor for names outside the root namespace
q)f:{a:1;b::2}
(`f;();{a:1;b::2})
q)f[];
(`b;();2)
q).a.b:1
q)d:`x`y!1 2
(`d;();`x`y!1 2)
q)d[`z]:3
(`d;,`z;`x`y`z!1 2 3)
