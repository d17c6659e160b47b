q)/ A time may be written with a colon before its milliseconds, as the
q)/ FAQ inserts one into a table (docs/kb/faq.md: 09:04:59:000); the colon
q)/ stands for the dot, so the digits after it are the fraction.
q)09:04:59:000
09:04:59.000
q)type 09:04:59:000
-19h
q)00:00:00:10
00:00:00.100
q)00:00:00:10 00:00:01:500
00:00:00.100 00:00:01.500
q)"T"$"09:04:59:123"
09:04:59.123
q)t:([]stock:`symbol$();time:`time$())
q)`t insert (`ibm;09:04:59:000)
,0
q)t
stock time        
------------------
ibm   09:04:59.000
q)/ the dotted forms are unchanged
q)09:04:59.001
09:04:59.001
q)12:00:00
12:00:00
