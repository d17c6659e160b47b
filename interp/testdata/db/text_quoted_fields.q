q)/ quoted CSV fields: a symbol column loses only the enclosing quotes, a
q)/ string column also reads "" as one quote (q 3.6 as TorQ's k4unit
q)/ pull request 267 shows it, for a file holding """a,b,c""")
q)`:q.csv 0: ("col1";"\"\"\"a,b,c\"\"\"")
`:q.csv
q)(1#"S";1#",")0:`:q.csv
col1     
---------
""a,b,c""
q)(1#"*";1#",")0:`:q.csv
col1       
-----------
"\"a,b,c\""
q)("SJ";enlist",")0:("s,n";"\"x y\",1";"IBM,2")
s   n
-----
x y 1
IBM 2
