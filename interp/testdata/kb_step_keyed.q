q)/ a keyed table sorted on several key columns is a step function, in lookups and in lj (docs/kb/temporal-data.md)
q)ph:([name:`Bill`John`John;date:2000.01.01 2000.01.01 2000.06.10];phone:4444 5555 4444)
q)show ph
name date      | phone
---------------| -----
Bill 2000.01.01| 4444
John 2000.01.01| 5555
John 2000.06.10| 4444
q)show ph ((`John;2000.01.01);(`John;2000.03.01);(`John;2000.06.10))
phone
-----
5555

4444
q)ph:`s#ph
q)show ph ((`John;2000.01.01);(`John;2000.03.01);(`John;2000.06.10))
phone
-----
5555
5555
4444
q)ph (`John;2000.03.01)
phone| 5555
q)x:([name:5#`John;date:2000.06.08+til 5]x:til 5)
q)show x
name date      | x
---------------| -
John 2000.06.08| 0
John 2000.06.09| 1
John 2000.06.10| 2
John 2000.06.11| 3
John 2000.06.12| 4
q)show x lj ph
name date      | x phone
---------------| -------
John 2000.06.08| 0 5555
John 2000.06.09| 1 5555
John 2000.06.10| 2 4444
John 2000.06.11| 3 4444
John 2000.06.12| 4 4444
q)/ a step dictionary is not upserted in place (docs/kb/temporal-data.md, docs/basics/errors.md)
q)d:`s#`a`b!1 2;
q)`d upsert `c`d!3 4
'step
q)d
a| 1
b| 2
q)/ a keyed table given the sorted attribute is a step dictionary too, so upserting it in place signals 'step (docs/basics/errors.md)
q)`ph upsert (`Zed;2001.01.01;1)
'step
q)count ph
3
