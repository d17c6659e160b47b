q)/ examples from KxSystems/docs docs/ref/differ.md, with the kdb+ output shown there
q)differ`IBM`IBM`MSFT`CSCO`CSCO
10110b
q)differ 1 3 3 4 5 6 6
1101110b
q)differ (7;`a;`a;09:34)
1101b
