/ An enumeration stands for its symbols where symbols are looked up: a
/ dictionary keyed by symbols maps an enumerated sym column (KX taq/taq.q:
/ select avg price by bs sym from trade, bs a basket map from sym).
q)sym:`A`AA`IBM`MSFT
q)bs:`AA`IBM`A`MSFT!`a`b`b`b
q)x:`sym$`A`IBM`AA
q)bs x
`b`b`a
q)bs first x
`b
q)t:([]sym:`sym$`A`IBM`AA`MSFT;p:1 2 3 4f)
q)select avg p by bs sym from t
sym| p
---| --------
a  | 3
b  | 2.333333
q)(`s#`A`AA`IBM!1 2 3) x
1 3 2
