/ -36!(::) reports whether a master key for encryption at rest is loaded (docs/basics/internal.md): none is in a fresh session
q)-36!(::)
0b
