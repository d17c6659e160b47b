q)/ 0x0 sv decodes 16 bytes to a guid, as 2, 4 and 8 bytes to short, int and long (datatypes.md, sv.md)
q)0x0 sv 0x8c680a015a495aab5a65d4bfddb6a661
8c680a01-5a49-5aab-5a65-d4bfddb6a661
q)type 0x0 sv 16?0xff
-2h
q)g~0x0 sv 0x0 vs g:"G"$"8c680a01-5a49-5aab-5a65-d4bfddb6a661"
1b
q)0x0 sv 3#0x01
'length
