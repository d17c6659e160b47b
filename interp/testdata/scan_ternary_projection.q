/ f\ and f/ of a ternary value take three arguments (docs/ref/accumulators.md:
/ {z+x*y}\[a;b;c]); given fewer, they project, and the projection applies
/ to the rest, with . too (DataIntellect q-doc's parser: f\[`] . (x;y)).
q)a:1000f;b:1 2 3 4f;c:5 6 7 8f
q){z+x*y}\[a;b;c]
1005 2016 6055 24228f
q){z+x*y}\[a][b;c]
1005 2016 6055 24228f
q){z+x*y}\[a] . (b;c)
1005 2016 6055 24228f
q){z+x*y}\[a;b] c
1005 2016 6055 24228f
q){z+x*y}/[a][b;c]
24228f
q)f:{$[x=`;$[y;`C;z;`E;x];x=`C;$[z;`;x];x]}
q)f\[`] . (0110b;0001b)
``C`C`
