q)/ a list of functions iterated by Over is binary: m[state;input] (docs/basics/regex.md)
q)m:({0};{2*x="x"};{2+x="f"};{2+/1 2*x="fz"};{4+x="0"};{5+x="0"};{7-x="0"};{7-x="0"})
q)f:{6=1 m/x}
q)f"xyzfz000"
1b
q)f"xyzfz0"
0b
q)1 m\"xf"
2 3
