q)/ an unnamed column that is a list (a;b) is enlist applied to its items, and takes its name from the first item (docs/wp/transaction-cost.md)
q)e:([]s:`x`x`y`y;tm:09:00 09:05 10:00 10:30;p:1 2 3 4f)
q)select (first tm;last tm),v:avg p by s from e
s| tm          v  
-| ---------------
x| 09:00 09:05 1.5
y| 10:00 10:30 3.5
q)cols select (max p;min tm) by s from e
`s`p
