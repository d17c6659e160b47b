/ Each between two dictionaries pairs their items by key, as the atomic
/ operators do (docs/ref/maps.md: "conforming lists and/or dictionaries"):
/ an item whose key only one side has is kept as it is, and the keys of y
/ that x lacks follow those of x. KX tick/c.q (modes move, vwap2, vwap3)
/ keeps each sym's ticks with .[`.u.t;();,'';select ... by sym from x].
q)(`a`b!1 2),'`b`a!3 4
a| 1 4
b| 2 3
q)(`a`b!1 2),'`b`c!3 4
a| 1
b| 2 3
c| 4
q){x,y}'[`a`b!1 2;`c`b!3 4]
a| 1
b| 2 4
c| 3
q)(`a`b!1 2),'10 20
a| 1 10
b| 2 20
q)h:([sym:`x`y]p:(1 2;3 4))
q)h,''([sym:`y`z]p:(5 6;7 8))
sym| p      
---| -------
x  | 1 2    
y  | 3 4 5 6
z  | 7 8    
q).[`v;();,'';h]
`v
q).[`v;();,'';([sym:`z`x]p:(9 10;11 12))]
`v
q)v
sym| p        
---| ---------
x  | 1 2 11 12
y  | 3 4      
z  | 9 10     
