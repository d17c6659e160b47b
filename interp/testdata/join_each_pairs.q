q)/ x,'y of two vectors pairs their items: a pair of one type is a 2-item vector of it, of two types a general list (docs/ref/join.md, docs/wp/foreign-keys.md)
q)0N!`a`b`c,'1 2 3i;
((`a;1i);(`b;2i);(`c;3i))
q)0N!`a`b,'`c`d;
(`a`c;`b`d)
q)0N!"ab",'"cd";
("ac";"bd")
q)0N!2000.01.01 2000.01.02,'2000.01.03 2000.01.04;
(2000.01.01 2000.01.03;2000.01.02 2000.01.04)
q)0N!10:00 11:00,'1 2;
((10:00;1);(11:00;2))
q)0N!01b,'10b;
(01b;10b)
q)type each 1 2,'3 4f
0 0h
q)/ each pair is a value of its own: appending to one leaves the next as it was
q)p:1 2,'3 4
q)p[0],:9
q)p
1 3 9
2 4
q)1 2,'3 4 5
'length
q)0N!(0#1),'0#2;
()
