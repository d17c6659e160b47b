/ .j.j writes 0w and -0w as inf and -inf (docs/ref/dotj.md, .j.jd);
/ .j.k reads them back. KX's ml library keeps its FRESH hyperparameters
/ in a JSON file with such values.
q).j.j -0w 0 1 0w
"[-inf,0,1,inf]"
q).j.k"[1,inf,-inf,null]"
1 0w -0w 0n
q).j.k .j.j -0w 0 0w
-0w 0 0w
q).j.k"{\"lo\":-inf,\"hi\":inf}"
lo| -0w
hi| 0w
