q)/ Roll and Deal with an atom y: what y says to generate (docs/ref/deal.md)
q)(count;type)@\:10?`3
10
11h
q)all all each (string 10?`3) in\: "abcdefghijklmnop"
1b
q)count each string 4?`5
5 5 5 5
q)count distinct -16?`1
16
q)-17?`1
'length
q)type rand `6
-11h
q)count string rand `6
6
q)type 5?0
7h
q)type 4?0i
6h
q)all (10?" ") within "az"
1b
q)type 3?0x0
4h
q)type 2?0Ng
2h
q)all (10?2000.01.05) within 2000.01.01 2000.01.04
1b
q)type 3?12:00
17h
q)all (10?2.5e) within 0 2.5
1b
q)5?-1
'domain
q)n:3
q)c:0
q)(system"t:n c+:1") within 0 1000
1b
q)c
3
