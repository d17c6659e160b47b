q)/ value of a derived function is the argument of its iterator (docs/ref/value.md)
q)f:,/:\:
q)value f
,/:
q)value value f
,
q)value +[2]
+
2
