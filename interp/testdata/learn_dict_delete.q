q)/ delete removes entries from a dictionary (docs/learn/python/examples/dict.md)
q)d:`Anuradha`Haritha`Arushi`Mani!21 21 22 21
q)delete Mani from d        / functional removal
Anuradha| 21
Haritha | 21
Arushi  | 22
q)delete Haritha from `d    / removal in place
`d
q)d
Anuradha| 21
Arushi  | 22
Mani    | 21
q)delete Anuradha,Mani from d
Arushi| 22
q)`a`b _ `a`b`c!1 2 3
c| 3
q)(`a`b`c!1 2 3) _ `a`b
'type
