q)/ an index at a level of a deep amend that is a function, a table or a dictionary is one
q)/ index, whose indexing signals: indexing a list with a function is 'type (docs/basics/errors.md)
q).[01b;(+;1;2);::]
'type
q).[(1 2;3 4);(+;1);neg]
'type
q)/ lists and atoms at each level amend as before
q).[(1 2;3 4);(0 1;1);neg]
1 -2
3 -4
q).[`a`b!(1 2;3 4);(`a;1);neg]
a| 1 -2
b| 3 4 
