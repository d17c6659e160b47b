q)/ typed nulls and infinities: a suffix makes 0w and 0n typed whatever their case
q)0Wu
0Wu
q)0wu
0Wu
q)0wp
0Wp
q)-0wt
-0Wt
q)0nd
0Nd
q)0we
0we
q)0wz
0wz
q)type each (0wu;0wp;0nd;0wj)
-17 -12 -14 -7h
q)0Wu-1
35791394:06
