q)/ examples from KxSystems/docs docs/ref/string.md, with the kdb+ output shown there
q)string `ibm
"ibm"
q)string 2
,"2"
q)string {x*x}
"{x*x}"
q)string (+/)
"+/"
q)string (2 3;"abc")
(,"2";,"3")
(,"a";,"b";,"c")
q)string "cat"        / not the no-op you might expect
,"c"
,"a"
,"t"
q)string `a`b`c!2002 2004 2010
a| "2002"
b| "2004"
c| "2010"
q)string ([]a:1 2 3;b:`ibm`goog`aapl)
a    b
-----------
,"1" "ibm"
,"2" "goog"
,"3" "aapl"
