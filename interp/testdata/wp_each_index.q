q)/ Each applied to data that is not an integer vector indexes it item by item (docs/wp/iterators)
q)m:("carbon";"boron";"cricket")
q)2 m' 0 2 1 2 4
"cirik"
q)m'[0 1 2;0 0 0]
"cbc"
q)d:`a`b`c!1 2 3
q)d' `c`a
3 1
q)/ an integer vector is Case: it picks from its arguments
q)0 1 0'["abc";"xyz"]
"ayc"
