q)/ derived functions and projections applied inside one another, with no lambda between, stop with 'stack rather than grow Go's stack until the process ends
q)e:{x'}/[20000;neg]
q)@[e;1;{x}]
"stack"
q)p:{@[x]}/[20000;neg]
q)@[p;1;{x}]
"stack"
q)/ a chain of compositions is flat: long ones apply, as short ones do
q)c:{(')[neg;x]}/[20000;neg]
q)c 1
-1
q)d:{(')[x;neg]}/[20001;neg]
q)d 1
1
q)/ a lambda recursion as deep as lambdas go, through each, is not stopped
q){$[x=0;0;1+sum .z.s each enlist x-1]} 1990
1990
q)1+1
2
