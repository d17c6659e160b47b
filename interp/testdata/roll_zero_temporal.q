q)/ Roll of a zero month, date or timestamp: the reference's Generate table takes temporal y of 0 or more and rolls 0 to y (docs/ref/deal.md); a test framework's fuzz rolls n?2000.01.01
q)3?2000.01.01
2000.01.01 2000.01.01 2000.01.01
q)2?2000.01m
2000.01 2000.01m
q)2?2000.01.01D0
2000.01.01D00:00:00.000000000 2000.01.01D00:00:00.000000000
q)type 0?2000.01.01
14h
q)3?0f
0 0 0f
q)-2?2000.01.01
'domain
