q)/ neighbours on a boggle board (x sv on a matrix) and paths grown by raze of general lists (docs/learn/reading/boggle.md)
q)BS:4
q)both:{all flip x}
q)nb:{i:(.[cross] -1 0 1+/:y)except enlist y;i where both i within\:0,x-1}
q)show NB:BS{x sv flip nb[x;y]}'til[BS]cross til BS
1 4 5
0 2 4 5 6
1 3 5 6 7
2 6 7
0 1 5 8 9
0 1 2 4 6 8 9 10
1 2 3 5 7 9 10 11
2 3 6 10 11
4 5 9 12 13
4 5 6 8 10 12 13 14
5 6 7 9 11 13 14 15
6 7 10 14 15
8 9 13
8 9 10 12 14
9 10 11 13 15
10 11 14
q){x,/:(NB last x)except x} 0 4 1
0 4 1 2
0 4 1 5
0 4 1 6
