q)/ a namespace lists its names in the order they were created, as a dictionary does
q)/ docs/kb/unit-tests.md: k4unit's .KU, VERBOSE defined before DEBUG
q)\d .KU
q)VERBOSE:1
q)DEBUG:0
q)\d .
q).KU
       | ::
VERBOSE| 1
DEBUG  | 0
q)/ docs/ref/key.md: key`. is `D`daily`depth`mas`sym`date`nbbo...
q)D:1;daily:2;depth:3;mas:4;sym:`a;date:2020.01.01;nbbo:5
q)key `.
`D`daily`depth`mas`sym`date`nbbo
q)/ docs/basics/namespaces.md: a namespace created last comes last
q)key `
`q`Q`h`j`o`KU
q).fee.fi.fo:42
q)key `
`q`Q`h`j`o`KU`fee
q)key `.fee
``fi
