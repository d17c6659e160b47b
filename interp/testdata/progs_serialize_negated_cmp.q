/ <> <= >= serialize (q prints them as k's compositions ~= ~> ~<), so a
q)/ value can be found among the globals by its serial form
q)type -8!(<>)
4h
q)(-9!-8!(<>))[1 2;1 3]
01b
q)(-9!-8!(<=))[1 2 3;2]
110b
q)(-9!-8!(>=))[1 2 3;2]
011b
q)xor:<>
q)vals:(1;xor;{x})
q)where (-8!xor)~/:-8!'vals
,1
