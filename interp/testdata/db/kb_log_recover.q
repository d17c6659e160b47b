q)/ docs/kb/logging.md: replay from a corrupt log, and replace it by its valid chunks
q)`:log set ()
`:log
q)h:hopen `:log
q){h enlist (`upd;x)} each til 100;
q)hclose h
q)`:bad.log 1: 1000#read1 `:log
`:bad.log
q)upd:{[x]}
q)-11!`:bad.log
'badtail
q)-11!(-1;`:bad.log)
'badtail
q)count -11!(-2;`:bad.log)
2
q)(last -11!(-2;`:bad.log))<hcount `:bad.log
1b
q)-11!(26;`:bad.log)
26
q)goodfile:hsym `:good.log;
q)goodfile set ();
q)goodfilehandle:hopen goodfile;
q)chunks:first -11!(-2;`:bad.log);
q).z.ps:{goodfilehandle enlist x};
q)chunks~-11!(chunks;`:bad.log)
1b
q)system"x .z.ps";
q)hclose goodfilehandle;
q)chunks~-11!(-2;goodfile)
1b
q)(hcount goodfile)=last -11!(-2;`:bad.log)
1b
