q)/ a keyed table amended at a record of its key columns upserts that key, as at a list of key values (funq .ut.totals: t[key[t]0N]:sum value t adds a total row under a null key)
q)t:([]y:1 2 3)!([]a:4 5 6)
q)t[key[t]0N]:sum value t
q)t
y| a
-| --
1| 4
2| 5
3| 6
 | 15
q)t[(enlist `y)!enlist 1]:enlist 0
q)t 1
a| 0
q)u:([]a:1 2;b:`x`y)!([]c:3 4)
q)u[`b`a!(`z;5)]:9
q)u
a b| c
---| -
1 x| 3
2 y| 4
5 z| 9
