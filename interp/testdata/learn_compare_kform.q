q)/ q prints <=, >= and <> as the k forms it builds them from: ~>, ~< and ~= (docs/learn/python/examples/array.md)
q)v:5 5 5 5 6 6 7 8 9 11  / list to test
q)it:(1;(<=;>=))  / initial state: index and tests
q)try:{[x;y] i:x 0; f:x 1; (i+1; f where f .\:y i-1 0) }[;v]
q){count x 1} try\it
1  (~>;~<)
2  (~>;~<)
3  (~>;~<)
4  (~>;~<)
5  ,~>
6  ,~>
7  ,~>
8  ,~>
9  ,~>
10 ,~>
11 ()
