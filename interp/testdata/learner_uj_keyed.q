/ uj of keyed tables: one row per distinct key (x's keys, then y's new ones),
/ each from the first row with that key; y's values win where both have it.
/ q's output as a learner's q session recorded it (nmasamba/kdb_commands).
q)students:([] id:140 265 204 212 367 197 329 242; class:`green`blue`green`orange`green`blue`green`green)
q)mentors:([] class:`green`blue`violet; mentor_name:("Julia Johnson";"Teddy Rowles";"Gerald Carlier"))
q)ks:`class xkey students
q)km:`class xkey mentors
q)ks uj km
class | id  mentor_name
------| --------------------
green | 140 "Julia Johnson"
blue  | 265 "Teddy Rowles"
orange| 212 ""
violet|     "Gerald Carlier"
q)km uj ks
class | mentor_name      id
------| --------------------
green | "Julia Johnson"  140
blue  | "Teddy Rowles"   265
violet| "Gerald Carlier"
orange| ""               212
q)students uj 1!mentors
'nyi
q)mentors,students
'mismatch
