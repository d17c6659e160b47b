/ ssr with a pattern of plain characters replaces each match, left to right, without overlap
q)ssr["aaaa";"aa";"b"]
"bb"
q)ssr["hello world";"o";"0"]
"hell0 w0rld"
q)ssr["hello";"x";"y"]
"hello"
q)ssr["abcabc";"bc";""]
"aa"
q)ssr[;"a";"bc"] each ("abab";"";"xa")
"bcbbcb"
""
"xbc"
