q)/ a lambda may refer to 110 global names; the 111th is 'globals when it is defined (docs/basics/errors.md, function-notation.md)
q)a:"::a"sv string til 110;
q)count 1_(value value"{a",a,"::0}")3
110
q)a:"::a"sv string til 111;
q)value"{a",a,"::0}"
'globals
q)b:"+g"sv string til 111;
q)value"{g",b,"}"
'globals
q)/ locals, keywords, a query's columns and inner lambdas' names do not count
q)c:";"sv"l",/:(string til 100),\:":1";
q)count 1_(value value"{",c,";select from t where x0>x1,x2<x3;{y0+y1+y2}; g0+g1+count til 3}")3
3
