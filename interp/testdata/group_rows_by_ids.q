q)/ group, distinct, fby, xgroup and select by of tables: rows numbered column by column (prim/rowid.go), nulls, -0 and enumerations matched by value
q)t:([]a:1 0N 1 2 0N 1;b:`x`y`x`y`y`x;c:1.5 0n 1.5 -0.0 0.0 0n;d:6#2000.01.01 2000.01.02;v:1 2 3 4 0N 6;w:1 2 3 4 5 6f)
q)group select a,b from t
a b|      
---| -----
1 x| 0 2 5
  y| 1 4  
2 y| ,3   
q)group select c from t
c  |    
---| ---
1.5| 0 2
   | 1 5
-0 | 3 4
q)group select b,c,d from t
b c   d         |    
----------------| ---
x 1.5 2000.01.01| 0 2
y     2000.01.02| ,1 
y -0  2000.01.02| ,3 
y 0   2000.01.01| ,4 
x     2000.01.02| ,5 
q)distinct select a,b from t
a b
---
1 x
  y
2 y
q)distinct select c,d from t
c   d         
--------------
1.5 2000.01.01
    2000.01.02
-0  2000.01.02
0   2000.01.01
q)select sum v,avg w,min v,max w,first v,last w,count i by a,b from t
a b| v  w        v1 w1 v2 w2 x
---| -------------------------
  y| 2  3.5      2  5  2  5  2
1 x| 10 3.333333 1  6  1  6  3
2 y| 4  4        4  4  4  4  1
q)select sum v by b,a from t where v>1
b a| v
---| -
x 1| 9
y  | 2
y 2| 4
q)select sum w by c,d from t
c   d         | w
--------------| -
    2000.01.02| 8
0   2000.01.01| 5
-0  2000.01.02| 4
1.5 2000.01.01| 4
q)select count i by d.month,b from t
month   b| x
---------| -
2000.01 x| 3
2000.01 y| 3
q)select max v by b from t
b| v
-| -
x| 6
y| 4
q)select avg v by a from t
a| v       
-| --------
 | 2       
1| 3.333333
2| 4       
q)select by a,b from t
a b| c  d          v w
---| -----------------
  y| 0  2000.01.01   5
1 x|    2000.01.02 6 6
2 y| -0 2000.01.02 4 4
q)exec sum v by a,b from t
a b|   
---| --
  y| 2 
1 x| 10
2 y| 4 
q)update s:sum v by a,b from t
a b c   d          v w s 
-------------------------
1 x 1.5 2000.01.01 1 1 10
  y     2000.01.02 2 2 2 
1 x 1.5 2000.01.01 3 3 10
2 y -0  2000.01.02 4 4 4 
  y 0   2000.01.01   5 2 
1 x     2000.01.02 6 6 10
q)select from t where w=(max;w) fby ([]a;b)
a b c  d          v w
---------------------
2 y -0 2000.01.02 4 4
  y 0  2000.01.01   5
1 x    2000.01.02 6 6
q)`a`b xgroup t
a b| c          d                                v     w    
---| -------------------------------------------------------
1 x| 1.5 1.5 0n 2000.01.01 2000.01.01 2000.01.02 1 3 6 1 3 6
  y| 0n 0       2000.01.02 2000.01.01            2 0N  2 5  
2 y| ,-0        ,2000.01.02                      ,4    ,4   
q)s:`e`f`e;e:`s$`f`e`f`f
q)u:([]e;n:1 2 1 2)
q)group u
e n|    
---| ---
f 1| 0 2
e 2| ,1 
f 2| ,3 
q)select sum n by e,n from u
e n| n
---| -
e 2| 2
f 1| 2
f 2| 2
q)select count i by e from u
e| x
-| -
e| 1
f| 3
q)g:([]x:`s#1 1 2 3;y:1 1 1 2;z:1 2 3 4)
q)r:select sum z by x,y from g
q)r
x y| z
---| -
1 1| 3
2 1| 3
3 2| 4
q)meta r
c| t f a
-| -----
x| j    
y| j    
z| j    
q)meta select sum z by x from g
c| t f a
-| -----
x| j    
z| j    
q)k:([]p:1 2 1h;q:0x0102 01;r:"aba";s:101b)
q)group k
p q  r s|    
--------| ---
1 02 a 1| 0 2
2 02 b 0| ,1 
q)select count i by p,q,r,s from k
p q  r s| x
--------| -
1 02 a 1| 2
2 02 b 0| 1
q)select sum v by a,b from 0#t
a b| v
---| -
q)select sum v by a,b from t where v>100
a b| v
---| -
q)h:([]a:3#enlist 1 2;b:1 1 2)
q)group h
a   b|    
-----| ---
1 2 1| 0 1
1 2 2| ,2 
q)select count i by a,b from h
a   b| x
-----| -
1 2 1| 2
1 2 2| 1
