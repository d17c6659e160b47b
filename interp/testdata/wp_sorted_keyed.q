q)/ a keyed table sorted on its key is a step function, as a sorted dictionary is (docs/wp/corporate-actions.md)
q)d:`s#(100*til 5)!`a`b`c`d`e
q)d 50 150 450 -1
`a`b`e`
q)tab:([date:.Q.addmonths[2013.01.01;]3* til 5]; quarter_name:`Q1_2013`Q2_2013`Q3_2013`Q4_2013`Q1_2014)
q)tab([] date:2013.01.01 2013.05.05)
quarter_name
------------
Q1_2013

q)tab:`s#tab
q)tab([] date:2013.01.01 2013.05.05 2013.06.19 2013.08.25 2013.10.01)
quarter_name
------------
Q1_2013
Q2_2013
Q2_2013
Q3_2013
Q4_2013
q)tab 2013.06.19
quarter_name| Q2_2013
q)tab 2012.12.31
quarter_name|
