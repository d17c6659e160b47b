/ fby sets each row to its group's aggregate, whatever the number of groups
q)t:([]a:`x`y`x`z`y;c:1 2 3 4 5)
q)select from t where c=(max;c) fby a
a c
---
x 3
z 4
y 5
q)(sum;t`c) fby t`a
4 7 4 4 7
q)(avg;t`c) fby t`a
2 3.5 2 4 3.5
q)(first;`p`q`r`s`t) fby t`a
`p`q`p`s`q
q)(count;til 6) fby 6#0 1
3 3 3 3 3 3
