q)/ docs/ref/read1.md: a fifo handle reads a file piece by piece, read1(h;n) at most n bytes
q)`:release 0: enlist "Red Hat Enterprise Linux release 8.4 (Ootpa)"
`:release
q)h:hopen`$":fifo://release"
q)"c"$read1(h;8)
"Red Hat "
q)"c"$read1(h;8)
"Enterpri"
q)hclose h
q)/ docs/kb/named-pipes.md: .Q.fps streams complete records from a named pipe, the file written into it by a command in the background
q)`:t.csv 0: ("MSFT,12:01:10.000,A,O,300,55.60";"APPL,12:01:20.000,B,O,500,67.70";"IBM,12:01:20.100,A,O,100,61.11")
`:t.csv
q)system"rm -f fifo && mkfifo fifo"
q)trade:flip `sym`time`ex`cond`size`price!"STCCFF"$\:()
q)system"cat t.csv > fifo &"
q).Q.fps[{`trade insert ("STCCFF";",")0:x}]`:fifo
q)trade~flip cols[trade]!("STCCFF";",")0:`:t.csv
1b
q)/ in lumps of z bytes, records split across lumps included (.Q.fpn)
q)`:big.csv 0: raze 400#enlist read0`:t.csv
`:big.csv
q)trade:0#trade
q)system"(cat big.csv > fifo) </dev/null >/dev/null 2>&1 &"
q).Q.fpn[{`trade insert ("STCCFF";",")0:x};`:fifo;1000]
q)trade~flip cols[trade]!("STCCFF";",")0:`:big.csv
1b
q)count trade
1200
