q)/ examples from KxSystems/docs docs/ref/dotq.md, with the kdb+ output shown there
q)\P 0
q)10 xlog 0Wj-1
18.964889726830812
q)fix:{.Q.fmt'[x+1+count each string floor y;x;y]}
q)align:{neg[max count each x]$x}
q)fmt:{.Q.fmt[x;(count 2_string y-i)&x-1+count string i:"i"$y]y}
q)"I"$"104.130.139.23"
1753385751i
q)f:{`hello+x}
q)t:([]a:3 4 5;b:"abc";c:(3;"xy";`ab);d:3 2#3 4 5;e:("abc";"de";"fg"))
q)t
a b c    d   e
------------------
3 a 3    3 4 "abc"
4 b "xy" 5 3 "de"
5 c `ab  4 5 "fg"
