q)/ indexing out of range or by a missing key gives the null of the first item's type
q)(til 5) 99
0N
q)(`a`b`c!1.414214 2.718282 3.141593) `x
0n
q)prev (1 2;"abc";`ibm)
`long$()
1 2
"abc"
q)d:`a`b!(enlist "test";enlist "t1")
q)-3!d`c
",\"\""
q)lower first d`c
""
q)"false"~lower first d`c
0b
q)/ a new key joins a dictionary whatever its value's type
q)e:`a`b!1 2
q)e[`c]:"x"
q)e
a| 1
b| 2
c| "x"
q)f:`a`b!1 2
q)f[`a]:`y
'type
q)/ an even count of expressions in Cond: the generic null when no condition holds
q)$[1b;`true;1b;`foo]
`true
q)$[0b;`true;1b;`foo]
`foo
q)$[0b;`true;0b;`foo]
q)$[0b;`true;0b;`foo]~(::)
1b
q)/ Trap catches whatever applying its first argument signals
q).[+;"ab";`ouch]
`ouch
q).[+;"ab";{"Wrong ",x}]
"Wrong type"
q).[+;2 3;{"Wrong ",x}]
5
q)@[{'x};"boom";{"caught ",x}]
"caught boom"
q)@[neg 12345;"msg";{`trapped}]
`trapped
q)@[12345;"msg";{`trapped}]
`trapped
q)/ reserved words are .Q.res and the .q names; other names are free
q)find:{x?y}
q)find[`a`b`c;`b]
1
q)drop:{y _ x}
q)drop[til 5;2]
2 3 4
q)take:{y#x}
q)take["abcde";2]
"ab"
q)count:3
'assign
q)in:1
'assign
q)\d .myns
q)set:{x+y}
q)`zz set 1
`zz
q)\d .
q).myns.zz
1
q)/ language prefixes in value
q)value "q)1+2"
3
q)value "k)2*3"
6
q)/ tokens, and the internal codes of operators
q)-4!"select this from that"
"select"
," "
"this"
," "
"from"
," "
"that"
q)-4!"a variable named aa_bb"
,"a"
," "
"variable"
," "
"named"
," "
"aa_bb"
q)value each (::;+;-;*;%)
0 1 2 3 4
q)value each (get;value)
19 19
q)/ the value of a projection: the function and its arguments, an elided one as ::
q)value {x+y+z}[;2;3]
{x+y+z}
::
2
3
q)/ empty results keep their type
q)-3!?[0#0b;"";""]
"\"\""
q)-3!?[000b;"abc";"def"] where 000b
"\"\""
q)-3!"abc" where 000b
"\"\""
q)-3!"abc" 0#0
"\"\""
