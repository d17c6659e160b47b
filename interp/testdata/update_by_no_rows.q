q)/ update ... by where no row is selected: no group, yet a new column is made, of nulls
q)t:([]a:`x`y`x;b:1 2 3)
q)update c:sum b by a from t where b>5
a b c
-----
x 1  
y 2  
x 3  
q)meta update c:sum b by a from t where b>5
c| t f a
-| -----
a| s    
b| j    
c| j    
q)update c:`z by a from t where b>5
a b c
-----
x 1  
y 2  
x 3  
q)meta update c:`z by a from t where b>5
c| t f a
-| -----
a| s    
b| j    
c| s    
q)/ an existing column keeps its values
q)update b:10 by a from t where b>5
a b
---
x 1
y 2
x 3
q)/ an empty table gets the column too
q)cols update c:sum b by a from 0#t
`a`b`c
q)update c:sum b by a from t where b>2
a b c
-----
x 1  
y 2  
x 3 3
