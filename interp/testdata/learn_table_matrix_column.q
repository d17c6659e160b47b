q)/ a table column whose items are lists of one count prints as a matrix, each position aligned down the column (grades.q of docs/learn/python/examples/dict.md, as q shows it)
q)students:flip`name`assignment`test`lab!flip((`JackFrost;80 50 40 20;75 75;78.20 77.20);(`JamesPotter;82 56 44 30;80 80;67.90 78.72);(`DylanRhodes;77 82 23 39;78 77;80 80);(`JessicaStone;67 55 77 21;40 50;69 44.56);(`TomHanks;29 89 60 56;65 56;50 40.6))
q)students[`mark]:sum .1 .7 .2*(avg'')students `assignment`test`lab
q)lg:{"EDCBA"sum 60 70 80 90<\:x}
q)update letter:lg mark from `students;
q)show students
name         assignment  test  lab        mark   letter
-------------------------------------------------------
JackFrost    80 50 40 20 75 75 78.2 77.2  72.79  C
JamesPotter  82 56 44 30 80 80 67.9 78.72 75.962 C
DylanRhodes  77 82 23 39 78 77 80   80    75.775 C
JessicaStone 67 55 77 21 40 50 69   44.56 48.356 E
TomHanks     29 89 60 56 65 56 50   40.6  57.26  E
