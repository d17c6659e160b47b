/ d[k]^:y on a key d lacks gives y, as x^:y does on an undefined name
/ (y^y is y); on a key d has it fills (docs/ref/fill.md: dictionaries fill
/ null and missing values). KX tick/c.q keeps a book per sym this way.
q)book:enlist[`]!enlist(::)
q)book[`ibm]^:([mm:`a`b]bid:1 2f)
q)book[`ibm]^:([mm:`b`c]bid:0n 3f)
q)book`ibm
mm| bid
--| ---
a | 1
b | 2
c | 3
q)d:`a`b!1 0N
q)d[`c]^:5
q)d[`b]^:7
q)d
a| 1
b| 7
c| 5
q)x^:4
q)x
4
