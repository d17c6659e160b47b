/ update whose Where phrase picks no rows leaves existing columns alone and
/ gives a new column nulls of its type (ref/update.md, Where phrase)
q)t:([] name:`tom`dick`harry; hair:`fair`dark`fair; eye:`green`brown`gray)
q)update eye:`blue from t where hair=`red
name  hair eye  
----------------
tom   fair green
dick  dark brown
harry fair gray 
q)update n:7 from t where hair=`red
name  hair eye   n
------------------
tom   fair green  
dick  dark brown  
harry fair gray   
q)meta update n:7 from t where hair=`red
c   | t f a
----| -----
name| s    
hair| s    
eye | s    
n   | j    
q)update c:"x" from t where hair=`red
name  hair eye   c
------------------
tom   fair green  
dick  dark brown  
harry fair gray   
q)/ a uniform function over no rows gives the empty general list ()
q)s:([]a:1 2;b:3 4)
q)update b:{x}each a from s where a>5
a b
---
1 3
2 4
q)@[1 2;`long$();:;()]
1 2
