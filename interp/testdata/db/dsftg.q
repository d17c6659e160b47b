q)/ .Q.dsftg loads fixed-width records from a file into a splayed table of a partition, through g, enumerated, a chunk of .Q.M rows at a time (docs/ref/dotq.md)
q)`:src.txt 0:("hdr         ";"ibm  10 1.50";"msft 20 2.25";"ibm  30 0.75")
`:src.txt
q)g:{update px:2*px from x}
q).Q.dsftg[(`:db;2024.01.02;`trade);(`:src.txt;13;0);`sym`qty`px;("SJF ";5 3 4 1);g]
`:db/2024.01.02/trade
q)get `:db/2024.01.02/trade/.d
`sym`qty`px
q)get `:db/sym
`ibm`msft
q)get `:db/2024.01.02/trade
sym  qty px 
------------
ibm  10  3  
msft 20  4.5
ibm  30  1.5
q)/ a negative length stops that many bytes before the end; .Q.M rows at a time give the same table
q).Q.M:1
q).Q.dsftg[(`:db;2024.01.03;`trade);(`:src.txt;13;-13);`sym`qty`px;("SJF ";5 3 4 1);::]
`:db/2024.01.03/trade
q)get `:db/2024.01.03/trade
sym  qty px  
-------------
ibm  10  1.5 
msft 20  2.25
q)/ lower-case types read the records as binary, as 1: does
q)`:src.bin 1:0x01000000020000000000000003000000040000000000000000
`:src.bin
q).Q.dsftg[(`:db;2024.01.04;`t);(`:src.bin;0;0);`a`b;("ij";4 8);::]
`:db/2024.01.04/t
q)get `:db/2024.01.04/t
a b
---
1 2
3 4
