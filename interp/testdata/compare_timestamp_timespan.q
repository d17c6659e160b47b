q)/ a timestamp or datetime compared with a timespan compares as a timespan
q)/ (docs/basics/comparison.md, temporal values): its time of day, as
q)/ `timespan$ casts it
q)2026.12.07D21:00<0D23:59
1b
q)2026.12.07T21:00<0D23:59
1b
q)2026.12.07D21:00=0D21:00
1b
q)0D23:59>2026.12.07D21:00
1b
q)(2026.12.07D21:00 2026.12.08D01:00)<0D02:00
01b
q)2026.12.07D21:30 within 0D21:00 0D22:00
1b
q)`timespan$2026.12.07D21:00
0D21:00:00.000000000
