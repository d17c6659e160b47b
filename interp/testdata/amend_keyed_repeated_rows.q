/ Amend applies f at each index in turn (docs/ref/amend.md, @[d;1 1 1;+;3]):
/ a keyed table indexed by a table of keys that repeats a key gets each
/ repeat applied on top of the last, and a new key is added once.
/ (KX kdb tick/c.q "nest" keeps per-sym lists this way.)
q)kt:([s:`a`b]p:(1 2f;3 4f))
q)@[kt;([]s:`a`b`a);,';([]p:10 20 30f)]
s| p
-| ---------
a| 1 2 10 30
b| 3 4 20
q)@[([s:`a`b]n:1 2);([]s:`a`a`a);+;([]n:10 20 30)]
s| n
-| --
a| 61
b| 2
q)k:enlist`sym
q)upd:{[t;x]$[type key t;@[t;k#x;,';k _ x];.[t;();:;k xgroup x]]}
q)upd[`tr;([]sym:`symbol$();p:`float$())]
`tr
q)upd[`tr;([]sym:`a`b`a;p:1 2 3f)]
`tr
q)upd[`tr;([]sym:`b`a;p:4 5f)]
`tr
q)tr
sym| p
---| -----
a  | 1 3 5
b  | 2 4
