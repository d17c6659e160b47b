q)/ an operator given its left argument alone is the projection f[x]: shown so, and value lists f and x (docs/ref/value.md)
q)value +[2]
+
2
q)+[2]
+[2]
q)(3*)
*[3]
q)value (3*)
*
3
q)(3*) 4 5
12 15
q)("i"$) "ab"
97 98i
q)(,[1 2]) 3
1 2 3
q)/ an elided argument is still shown, and valued as ::
q)+[;2]
+[;2]
q)value +[;2]
+
::
2
q)/ a derived verb's left section keeps its right elided
q)(10+/) 1 2 3
16
