// This file holds the result-type tables of the arithmetic and comparison
// operators, transcribed from the "Domain and range" sections of the KX
// reference pages (docs/ref/add.md, subtract.md, multiply.md, div.md,
// mod.md, lesser.md, fill.md, sum.md). Each table's text is the source;
// arith_tables_gen.go holds it parsed (numParseTable), as data the
// linker lays out, so that no start parses it; TestNumTablesGenerated
// keeps the two equal and rewrites that file with -update.

package prim

// addTableSrc is docs/ref/add.md: the type of x+y.
const addTableSrc = `
b | i . i i i j e f . . p m d z n u v t
g | . . . . . . . . . . . . . . . . . .
x | i . i i i j e f . . p m d z n u v t
h | i . i i i j e f . . p m d z n u v t
i | i . i i i j e f . . p m d z n u v t
j | j . j j j j e f . . p m d z n u v t
e | e . e e e e e f . . p m d z n u v t
f | f . f f f f f f f . f f z z f f f f
c | . . . . . . . f . . p m d z n u v t
s | . . . . . . . . . . . . . . . . . .
p | p . p p p p p f p . n . . . p p p p
m | m . m m m m m f m . . i . . p p p p
d | d . d d d d d z d . . . i . p p p p
z | z . z z z z z z z . . . . f p z z z
n | n . n n n n n f n . p p p p n n n n
u | u . u u u u u f u . p p p z n u v t
v | v . v v v v v f v . p p p z n v v t
t | t . t t t t t f t . p p p z n t t t
`

// subTableSrc is docs/ref/subtract.md: the type of x-y.
const subTableSrc = `
b | i . i i i j e f i . p m d z n u v t
g | . . . . . . . . . . . . . . . . . .
x | i . i i i j e f i . p m d z n u v t
h | i . i i i j e f i . p m d z n u v t
i | i . i i i j e f i . p m d z n u v t
j | j . j j j j e f j . p m d z n u v t
e | e . e e e e e f e . p m d z n u v t
f | f . f f f f f f f . f f z z f f f f
c | . . . . . . . f . . p m d z n u v t
s | . . . . . . . . . . . . . . . . . .
p | p . p p p p p f p . n . . . p p p p
m | m . m m m m m f m . . i . . p p p p
d | d . d d d d d z d . . . i . p p p p
z | z . z z z z z z z . . . . f p z z z
n | n . n n n n n f n . p p p p n n n n
u | u . u u u u u f u . p p p z n u v t
v | v . v v v v v f v . p p p z n v v t
t | t . t t t t t f t . p p p z n t t t
`

// mulTableSrc is docs/ref/multiply.md: the type of x*y.
const mulTableSrc = `
b | i . i i i j e f . . p m d z n u v t
g | . . . . . . . . . . . . . . . . . .
x | i . i i i j e f . . p m d z n u v t
h | i . i i i j e f . . p m d z n u v t
i | i . i i i j e f . . p m d z n u v t
j | j . j j j j e f . . p m d z n u v t
e | e . e e e e e f . . p m d z n u v t
f | f . f f f f f f f . f f z z f f f f
c | . . . . . . . f . . p m d z n u v t
s | . . . . . . . . . . . . . . . . . .
p | p . p p p p p f p . . . . . . . . .
m | m . m m m m m f m . . . . . . . . .
d | d . d d d d d z d . . . . . . . . .
z | z . z z z z z z z . . . . . . . . .
n | n . n n n n n f n . . . . . . . . .
u | u . u u u u u f u . . . . . . . . .
v | v . v v v v v f v . . . . . . . . .
t | t . t t t t t f t . . . . . . . . .
`

// divTableSrc is docs/ref/div.md: the type of x div y.
const divTableSrc = `
b| i . i i i i i i i . i i i i i i i i
x| i . i i i i i i i . i i i i i i i i
h| i . i i i i i i i . i i i i i i i i
i| i . i i i i i i i . i i i i i i i i
j| j . j j j j j j j . j j j j j j j j
e| f . f f f f f f f . f f f f f f f f
f| f . f f f f f f f . f f f f f f f f
c| i . i i i i i i i . i i i i i i i i
p| p . p p p p p p p . p p p p p p p p
m| m . m m m m m m m . m m m m m m m m
d| d . d d d d d d d . d d d d d d d d
z| z . z z z z z z z . z z z z z z z z
n| n . n n n n n n n . n n n n n n n n
u| u . u u u u u u u . u u u u u u u u
v| v . v v v v v v v . v v v v v v v v
t| t . t t t t t t t . t t t t t t t t
`

// modTableSrc is docs/ref/mod.md: the type of x mod y.
const modTableSrc = `
b | i . i i i j e f . . p m d z n u v t
x | i . i i i j e f . . p m d z n u v t
h | i . i i i j e f . . p m d z n u v t
i | i . i i i j e f . . p m d z n u v t
j | j . j j j j e f . . p m d z n u v t
e | f . f f f f f f f . f f z z f f f f
f | f . f f f f f f f . f f z z f f f f
c | . . . . . . . f . . p m d z n u v t
p | n . n n n n n f n . . . . . . . . .
m | i . i i i i i f i . . . . . . . . .
d | i . i i i i i . i . . . . . . . . .
z | f . f f f f f f f . . . . . . . . .
n | n . n n n n n f n . . . . . . . . .
u | u . u u u u u f u . . . . . . . . .
v | v . v v v v v f v . . . . . . . . .
t | t . t t t t t f t . . . . . . . . .
`

// minTableSrc is docs/ref/lesser.md (and greater.md, fill.md, which add g^g
// and s^s): the type of x&y, x|y and x^y.
const minTableSrc = `
b | b . x h i j e f c . p m d z n u v t
g | . g . . . . . . . . . . . . . . . .
x | x . x h i j e f c . p m d z n u v t
h | h . h h i j e f c . p m d z n u v t
i | i . i i i j e f c . p m d z n u v t
j | j . j j j j e f c . p m d z n u v t
e | e . e e e e e f c . p m d z n u v t
f | f . f f f f f f c . p m d z n u v t
c | c . c c c c c c c . p m d z n u v t
s | . . . . . . . . . s . . . . . . . .
p | p . p p p p p p p . p p p p n u v t
m | m . m m m m m m m . p m d . . . . .
d | d . d d d d d d d . p d d z . . . .
z | z . z z z z z z z . p . z z n u v t
n | n . n n n n n n n . n . . n n n n n
u | u . u u u u u u u . u . . u n u v t
v | v . v v v v v v v . v . . v n v v t
t | t . t t t t t t t . t . . t n t t t
`

// msumTableSrc is docs/ref/sum.md: the type of x msum y.
const msumTableSrc = `
b | i . i i i j e f . . n i i f n u v t
x | i . i i i j e f . . n i i f n u v t
h | i . i i i j e f . . n i i f n u v t
i | i . i i i j e f . . n i i f n u v t
j | i . i i i j e f . . n i i f n u v t
`

// sumRange is docs/ref/sum.md and prd.md: the type of sum x and prd x for
// a vector x ("abc" signals 'type, as the examples show).
var sumRange = numParseRange("i . i i i j e f . . p m d z n u v t")

// numParseRange reads a "range:" line of a unary function's table.
func numParseRange(s string) (r [20]int8) {
	const cols = "bgxhijefcspmdznuvt"
	i := 0
	for _, c := range s {
		if c == ' ' {
			continue
		}
		if c != '.' {
			r[numLetterIndex(cols[i])] = int8(numLetterIndex(byte(c)))
		}
		i++
	}
	return r
}

func numLetterIndex(c byte) int {
	for i := 0; i < len(numLetters); i++ {
		if numLetters[i] == c {
			return i
		}
	}
	return 0
}
