/ pi.q - a custom .z.pi: the handler of console input (process input)

/     qgo scripts/handlers/pi.q
/ then type, at the prompt:
/     5+4
/     30+42
/     \x .z.pi
/     5+4

/ .z.pi gets each line you type, as a string. This one evaluates it and
/ shows the result behind a ">"; \x .z.pi restores the default.

.z.pi:{">",.Q.s value x}
