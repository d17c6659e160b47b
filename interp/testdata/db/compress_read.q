q)/ docs/ref/read1.md#compression: read1 of a compressed file gives the uncompressed data
q)(`:file;17;2;9)1:100#0x0
`:file
q)8#read1`:file
0x0000000000000000
q)count read1`:file
100
q)read1(`:file;98;5)
0x0000
q)(-21!`:file)`uncompressedLength`algorithm
100
2i
q)/ the other readers of files read through compression too (docs/kb/file-compression.md)
q)(`:t.csv;17;3;0)1:"a,b\n1,2\n3,4\n"
`:t.csv
q)read0`:t.csv
"a,b"
"1,2"
"3,4"
q)("JJ";enlist",")0:`:t.csv
a b
---
1 2
3 4
q)(`:r;12;5;1)1:1 2 3
`:r
q)("jjj";8 8 8)1:`:r
1
2
3
q)(`:bad;17;9;0)1:0x00
'domain
