/ a small test runner in the style of k4unit
params:.Q.opt .z.x
if["false"~lower first params`verbose;params _:`verbose]
@[`.run;`dir`mode;:;(first params`test;`$first params`mode)]
T:([]action:`symbol$();lang:`symbol$();code:();line:`int$())
load1:{[f]t:("SS*";enlist",")0:f;`T insert value flip update line:2+til count t from t}
load1 hsym`$.run.dir,"/tests.csv"
R:([]code:();ok:`boolean$();err:())
exec1:{[l;c]r:@[{(1b;value x)};(string l),")",c;{(0b;x)}];`R insert (enlist c;enlist r 0;enlist $[r 0;"";r 1]);r}
{[a;l;c]$[a=`true;exec1[l;c];a=`fail;exec1[l;c];a=`run;exec1[l;c];()]}'[T`action;T`lang;T`code];
show select code,ok from R
-1 "failed: ",", " sv exec err from R where not ok;
-1 string .run.mode;
