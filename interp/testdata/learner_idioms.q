q)/ an operator amend at a new key starts from the operator's identity element, as on an undefined name (ref/assign.md)
q)tally:()!()
q)tally[`apple]+:2
q)tally[`pear`apple]+:1
q)tally
apple| 3
pear | 1
q)prices:`x`y!1.5 2.5
q)prices[`z]*:4
q)prices
x| 1.5
y| 2.5
z| 4
q)bags:()!()
q)bags[`k],:7
q)bags[`k],:8 9
q)bags
k| 7 8 9
q)@[`a`b!1 2;`c`d;-;3]
a| 1
b| 2
c| -3
d| -3
q)/ at depth: the value at key m is amended at keys not yet in it
q)state:`cwd`size!(`:;()!())
q).[state;(`size;`:`:/a);+;100]`size
:  | 100
:/a| 100
q)/ keys that are strings, reached from inside a function with +::
q)sizes:()!()
q)addTo:{[dirs;n] sizes[dirs]+::n}
q)addTo[enlist enlist "/";10];
q)addTo[(enlist "/";"/b");5];
q)sizes
,"/"| 15
"/b"| 5
q)/ a string indexes one key of a keyed table whose key column holds strings
q)fs:([path:(enlist "/";"/b";"/bc")] size:7 8 9)
q)fs["/b"]
size| 8
q)fs["/bc";`size]
9
q)/ a boolean count takes none or one item
q)0b#"/"
""
q)1b#"/"
,"/"
q)/ a backslash standing between blanks is still Scan
q)0 {x+y} \ 1 2 3
1 3 6
q)/ a new column set on some rows only: the other rows get an empty item
q)t:([]a:1 2 3)
q)count each exec b from update b:enlist `x`y from t where a=2
0 2 0
q)/ but an operator before a closing :: is no assignment
q){x~::}[::]
1b
q)/ amend at depth in a table: each selected row's cell gets its own item of y
q)m:([]items:(1 2;3;4 5 6);n:0 0 0)
q).[m;(0 2;`items);,;(7 8;9)]
items   n
---------
1 2 7 8 0
3       0
4 5 6 9 0
q).[m;(1;`n);+;5]
items n
-------
1 2   0
3     5
4 5 6 0
q)count each .[m;(0 2;`items);0#]`items
0 1 0
q)/ a dictionary keyed by ints (group signum) is indexed by longs
q)v:3 1 2 5 4
q)v(group signum v-first v)@-1 0 1
1 2
,3
5 4
q)(neg;::;10*)@'v(group signum v-first v)@-1 0 1
-1 -2
,3
50 40
q)/ a list of paths seeded with an empty one grows by whole strings, and in finds them
q)seen:enlist enlist ""
q)note:{seen,:enlist x}
q)note "/a/b.q";
q)"/a/b.q" in seen
1b
q)"/a/c.q" in seen
0b
q)/ a vector is sought whole in a list of lists, however deep its first item
q)((1 2;3 4);1 2;9)?1 2
1
q)/ x+::y from a function increments the global
q)counter:0
q)nextId:{counter+::1}
q)nextId[];nextId[]
2
q)/ a dictionary keyed by boolean vectors: each vector is one key, and ,: at a new key starts from ()
q)seenAt:enlist[()]!enlist `int$()
q)seenAt[0101b],:3
q)seenAt[0101b],:5
q)seenAt[0101b]
3 5
q)count seenAt
2
q)/ keys!() maps each key to an empty list, ready for d[k],:v
q)subscribers:enlist[`trade]!()
q)subscribers[`trade],:7
q)subscribers[`trade],:9
q)subscribers
trade| 7 9
q)cols flip 2#`a`b`c!()
`a`b
q)/ a name closing a :: train after another term composes; it is not assigned
q)twice:{2*x}
q)inc:{x+1}
q)incTwice:inc twice::
q)incTwice 5
11
