q)/ examples from KxSystems/docs docs/ref/lower.md, with the kdb+ output shown there
q)lower"IBM"
"ibm"
q)lower`IBM
`ibm
q)upper"ibm"
"IBM"
q)upper`ibm`msft
`IBM`MSFT
q)upper(`The;(`quick`brown;(`fox;`jumps`over));`a;`lazy`dog)
`THE
(`QUICK`BROWN;(`FOX;`JUMPS`OVER))
`A
`LAZY`DOG
