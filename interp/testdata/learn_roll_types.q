q)/ Roll and Deal on an atom right argument give random values of its type (docs/ref/deal.md "Generate")
q)type each (3?0i;3?0;5?" ";4?0x0;3?`3;3?0Ng;2?2012.09m;3?2.5e;3?0D0;3?1.5)
6 7 10 4 11 2 13 8 16 9h
q)count each (3?0i;3?0;5?" ";4?0x0;10?`3;-10?`3;3?0Ng;-1000?0Ng)
3 3 5 4 10 10 3 1000
q)all (30?" ") in .Q.a
1b
q)distinct count each string 20?`3
,3
q)all raze[string 50?`5] in "abcdefghijklmnop"
1b
q)count distinct -1000?0Ng
1000
q)count distinct -100?`2
100
q)all (1000?0D0) within 0D0 1D
1b
q)all (100?00:00) within 00:00 23:59
1b
q)all (100?2012.09m) within 2000.01m 2012.08m
1b
q)all (100?2000.01.10) within 2000.01.01 2000.01.09
1b
q)all (100?0D00:00:20) within 0D0 0D00:00:20
1b
q)type rand `6
-11h
q)count string rand `6
6
q)type rand 0D01
-16h
q)n:10
q)count tab:([]time:asc n?0D0;n?`apple`pear;amount:n?100)
10
