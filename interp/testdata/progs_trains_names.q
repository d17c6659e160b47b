q)/ implicit composition (docs/ref/compose.md): a sequence of unary values juxtaposed in parentheses; a list or dictionary is a unary value (docs/basics/glossary.md, applicable value), indexed at what the rest of the train gives
q)ran:10 20 30 40
q)(ran -1 + last::) (1 2;3)
30
q)s1:0 1 2!1 0 2
q)(3 * s1 mod[;3] (-/) ::) 5 3
6
q)(3 * s1 mod[;3] (-/) ::) each (5 3;3 5;7 7)
6 0 3
q)/ before a bare :: a list is data[::]: the list itself
q)(ran ::)
10 20 30 40
q)/ a compound name's later segments may start with a digit: handlers F.1 F.2 named by `F.1
q)F.1:{x+1}
q)F.2:{x*2}
q)F.1 3
4
q)(get `F.2) 5
10
q)h:`a`b!(get each `F.1`F.2)
q)h[`b] 4
8
q)/ a namespace is a dictionary (docs/basics/namespaces.md): .ns,:d adds d's entries to it, and .ns:d sets them
q)\d .pos
q)x:1
q)y:2
q)\d .
q).pos,:`up`x!(3;4)
q).pos.x
4
q).pos.up
3
q)`x`y`up#.pos
x | 4
y | 2
up| 3
q).pos:.pos,(enlist `y)!enlist 5
q).pos.y
5
q).pos `x`y
4 5
