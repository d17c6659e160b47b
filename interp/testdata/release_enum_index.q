q)/ dom!i makes an enumeration from indices, its domain looked up only when its values are (docs/releases/ChangesIn3.6.md)
q)(type a:`sym?`a`b;type `zym!4000000000)
20 -20h
