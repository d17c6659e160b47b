q)/ A timestamp is written dateDtimespan (docs/basics/datatypes.md); a
q)/ timespan may lead with its days (1D12:00), and so may the part of a
q)/ timestamp after its date: 2000.01.010D is 2000.01.01 plus 0D. TorQ's
q)/ dataaccess tests write starttime so, for the first mock partition,
q)/ 2000.01.01. (Inferred: the docs show no such literal.)
q)2000.01.010D
2000.01.01D00:00:00.000000000
q)2000.01.011D12:30
2000.01.02D12:30:00.000000000
q)"P"$"2000.01.010D"
2000.01.01D00:00:00.000000000
q)"P"$"2000.01.010D01:02:03"
2000.01.01D01:02:03.000000000
q)"D"$"2000.01.011D"
2000.01.02
q)get "2000.01.010D"
2000.01.01D00:00:00.000000000
q)/ the plain forms are unchanged
q)2000.01.01D
2000.01.01D00:00:00.000000000
q)"P"$"2000.01.01D12"
2000.01.01D12:00:00.000000000
q)"D"$"2000.01.01D12:00"
2000.01.01
