q)/ a lambda assigns at most 110 locals besides its parameters (docs/basics/function-notation.md, errors.md)
q)a:":a"sv string til 111
q)value"{a",a,":0}"
'locals
q)a:":a"sv string til 110
q)type value"{a",a,":0}"
100h
q)value["{a",a,":0}"][]
0
q)type value"{[a;b;c;d;e;f;g;h]",(":"sv"b",/:string til 110),":0}"
100h
q)value"{",(raze"a",/:string[til 100000],\:":1;"),"}"
'locals
q)1+1
2
