q)/ x.a:v on a dictionary x amends its entry a, as reading x.a indexes it
q)x:`a`b!1 2
q)x.a:5
q)x
a| 5
b| 2
q)x.c:7
q)x.c
7
q)y:`p`q!(`r`s!1 2;3)
q)y.p.s:9
q)y.p
r| 1
s| 9
