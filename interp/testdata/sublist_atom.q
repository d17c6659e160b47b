q)/ x sublist y takes x#y only where |x| is below the count of y, else y itself (q.k), so an atom, or the :: a function returned, comes back as it is (KX cookbook tutorial.q shows `disp sublist` of every result)
q)2 sublist 1
1
q)-3 sublist `a
`a
q)1 sublist (::)
q)0 sublist 5
`long$()
q)10 sublist 2 3 5
2 3 5
q)/ a pair's count past the end, however large, stops at the end
q)(2;0W) sublist til 10
2 3 4 5 6 7 8 9
q)(0W;0W) sublist til 10
`long$()
