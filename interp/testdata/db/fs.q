q)/ docs/ref/dotq.md#fsn-file-streaming (the file written first; results shown with -1 and count)
q)`:potamus.csv 0: ("Take, a,   hippo, to,   lunch, today,        -1, 1941-12-07";"A,    man, a,     plan, a,     hippopotamus, 42, 1952-02-23")
`:potamus.csv
q).Q.fs[{-1 .Q.s1 count each x;}]`:potamus.csv
59 59
120
q).Q.fs[{-1 .Q.s1("SSSSSSID";",")0:x;}]`:potamus.csv
(`Take`A;`a`man;`hippo`a;`to`plan;`lunch`a;`today`hippopotamus;-1 42i;1941.12.07 1952.02.23)
120
q)/ chunks of 70 bytes: one complete record each
q).Q.fsn[{-1 string count x;};`:potamus.csv;70]
1
1
120
q)/ system "l dir" opens a database as \l does
q)t:([]sym:`a`b;v:1 2)
q).Q.dpft[`:db;2026.01.01;`sym;`t]
`t
q)system "l db"
q)select from t
date       sym v
----------------
2026.01.01 a   1
2026.01.01 b   2
