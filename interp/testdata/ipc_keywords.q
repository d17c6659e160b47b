q)/ A keyword that kdb+ has no primitive for goes on the wire as a lambda
q)/ that applies it: docs/ref/hopen.md, "For IPC compatibility, it
q)/ serializes to {hopen x}". set and system are such keywords (q.k defines
q)/ them), so (set;`a;1) and (system;"p") can be sent to another process,
q)/ as docs/wp/permissions shows with h(system;"l file2.q").
q)-9!-8!hopen
{hopen x}
q)-8!hopen
0x010000001900000064000a00090000007b686f70656e20787d
q)type -9!-8!hopen
100h
q)m:-9!-8!(set;`kw;42)
q)type first m
100h
q)value m
`kw
q)kw
42
q)f:-9!-8!system
q)f"P 3"
q)\P
3i
q)-9!-8!(system;"P 5")
{system x}
"P 5"
q)/ primitives keep their one-byte codes: count is #: and sums is +\
q)-8!count
0x010000000a000000650d
q)-8!sums
0x010000000b0000006c6601
