q)/ a column with no name of its own is named by an assignment in it, or through a cast or attribute (docs/kb/faq.md)
q)meta trade:([] stock:`$(); price:`float$(); `long$amount:(); `time$time:())
c     | t f a
------| -----
stock | s
price | f
amount| j
time  | t
q)t:([]sym:`a`b`a;p:1 2 3)
q)meta update `g#sym from t
c  | t f a
---| -----
sym| s   g
p  | j
q)select `g#sym from t
sym
---
a
b
a
q)select c:2*p, 2*p, p*2 from t
c x p
-----
2 2 2
4 4 4
6 6 6
q)/ a keyword with a constant left names its column from the right (docs/ref/xbar.md)
q)daily:([]close:21 24 26 33;sym:`AIG`DOW`GOOG`PEP)
q)select sym by 5 xbar close from daily
close| sym
-----| --------
20   | `AIG`DOW
25   | ,`GOOG
30   | ,`PEP
q)select count i by 1 2 from t
'length
q)/ a keyword names its column from its right even when its left is a name (docs/ref/avg.md)
q)trade:([]sym:`a`a;size:1 3;price:10 11)
q)select size wavg price by sym from trade
sym| price
---| -----
a  | 10.75
q)/ a character on the left of an operator passes the name of its right, as a symbol or a cast does; a number names nothing (x)
q)t:([]d:"MBM";a:1 2 3)
q)update -1 1 "M"=d from t
d  a
----
1  1
-1 2
1  3
q)cols update "M"=d, 2*a from t
`d`a`x
