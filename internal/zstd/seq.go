package zstd

// This file decodes a compressed block's sequences section (RFC 8878
// section 3.1.1.3.2) and executes the sequences: each copies some
// literals, then a match from the bytes already decoded.

// seqTables are the three decoding tables of a sequences section, kept
// from block to block of a frame for the repeat mode.
type seqTables struct {
	ll, of, ml fseTable
	have       [3]bool // whether each was ever set in the frame
}

// readSeqTable sets t by the mode m, reading a description from b when
// the mode takes one; it gives the bytes used, -1 when malformed.
func readSeqTable(t *fseTable, have *bool, m byte, b []byte, predef []int16, predefLog, maxLog uint, maxSym int) int {
	switch m {
	case 0:
		buildFSE(t, predef, predefLog)
		*have = true
		return 0
	case 1:
		if len(b) < 1 || int(b[0]) > maxSym {
			return -1
		}
		rleTable(t, b[0])
		*have = true
		return 1
	case 2:
		norm, log, used := readNCount(b, maxSym, maxLog)
		if used < 0 || !buildFSE(t, norm, log) {
			return -1
		}
		*have = true
		return used
	}
	if !*have {
		return -1
	}
	return 0
}

// sequences decodes the sequences section b of a block whose literals
// are lits, appending the block's bytes to the frame's output d.out.
func (d *decoder) sequences(b []byte, lits []byte) bool {
	if len(b) < 1 {
		return false
	}
	nseq := int(b[0])
	switch {
	case nseq == 0:
		if len(b) != 1 {
			return false
		}
		return d.emit(lits)
	case nseq < 128:
		b = b[1:]
	case nseq < 255:
		if len(b) < 2 {
			return false
		}
		nseq = (nseq-128)<<8 | int(b[1])
		b = b[2:]
	default:
		if len(b) < 3 {
			return false
		}
		nseq = int(b[1]) | int(b[2])<<8 + 0x7f00
		b = b[3:]
	}
	if len(b) < 1 || b[0]&3 != 0 {
		return false
	}
	modes := b[0]
	b = b[1:]
	t := &d.tables
	n := readSeqTable(&t.ll, &t.have[0], modes>>6, b, predefLL, predefLLLog, maxLLLog, maxLLSym)
	if n < 0 {
		return false
	}
	b = b[n:]
	n = readSeqTable(&t.of, &t.have[1], modes>>4&3, b, predefOF, predefOFLog, maxOFLog, maxOFSym)
	if n < 0 {
		return false
	}
	b = b[n:]
	n = readSeqTable(&t.ml, &t.have[2], modes>>2&3, b, predefML, predefMLLog, maxMLLog, maxMLSym)
	if n < 0 {
		return false
	}
	b = b[n:]
	var r backReader
	if !r.init(b) {
		return false
	}
	ll := uint16(r.read(uint(t.ll.log)))
	of := uint16(r.read(uint(t.of.log)))
	ml := uint16(r.read(uint(t.ml.log)))
	rep := &d.rep
	for i := 0; i < nseq; i++ {
		le, oe, me := t.ll.state[ll], t.of.state[of], t.ml.state[ml]
		if le.sym > maxLLSym || me.sym > maxMLSym || oe.sym > maxOFSym {
			return false
		}
		ob, mb, lb := uint(oe.sym), uint(mlBits[me.sym]), uint(llBits[le.sym])
		var ofv, mlv, llv uint32
		if r.n < ob+mb+lb {
			r.fill()
		}
		if r.n >= ob+mb+lb {
			ofv = uint32(1)<<ob + r.get(ob)
			mlv = mlBase[me.sym] + r.get(mb)
			llv = llBase[le.sym] + r.get(lb)
		} else {
			ofv = uint32(1)<<ob + r.read(ob)
			mlv = mlBase[me.sym] + r.read(mb)
			llv = llBase[le.sym] + r.read(lb)
		}
		off := updateRep(rep, ofv, llv)
		if r.over > 0 || off == 0 || int(llv) > len(lits) {
			return false
		}
		if !d.emit(lits[:llv]) || !d.match(int(off), int(mlv)) {
			return false
		}
		lits = lits[llv:]
		if i+1 < nseq {
			sb := uint(le.nbits) + uint(me.nbits) + uint(oe.nbits)
			if r.n < sb {
				r.fill()
			}
			if r.n >= sb {
				ll = le.base + uint16(r.get(uint(le.nbits)))
				ml = me.base + uint16(r.get(uint(me.nbits)))
				of = oe.base + uint16(r.get(uint(oe.nbits)))
			} else {
				ll = le.base + uint16(r.read(uint(le.nbits)))
				ml = me.base + uint16(r.read(uint(me.nbits)))
				of = oe.base + uint16(r.read(uint(oe.nbits)))
			}
		}
	}
	if !r.done() {
		return false
	}
	return d.emit(lits)
}

// updateRep is the offset an offset value ofv stands for after a
// literal length ll, updating the repeat offsets rep (RFC 8878
// 3.1.2.5). It gives 0 for an offset of 0, which is corrupt.
func updateRep(rep *[3]uint32, ofv, ll uint32) uint32 {
	if ofv > 3 {
		rep[2], rep[1], rep[0] = rep[1], rep[0], ofv-3
		return ofv - 3
	}
	i := ofv - 1
	if ll == 0 {
		i++
	}
	switch i {
	case 0:
		return rep[0]
	case 1:
		rep[1], rep[0] = rep[0], rep[1]
	case 2:
		rep[2], rep[1], rep[0] = rep[1], rep[0], rep[2]
	default:
		rep[2], rep[1], rep[0] = rep[1], rep[0], rep[0]-1
	}
	return rep[0]
}

// emit appends literals to the output, within its limit.
func (d *decoder) emit(b []byte) bool {
	if len(d.out)+len(b) > d.limit {
		d.big = true
		return false
	}
	if len(d.out)-d.frameStart+len(b) > d.blockEnd {
		return false
	}
	d.out = append(d.out, b...)
	return true
}

// match appends n bytes copied from off bytes back in the frame.
func (d *decoder) match(off, n int) bool {
	start := len(d.out) - off
	if len(d.out)+n > d.limit {
		d.big = true
		return false
	}
	if off > len(d.out)-d.frameStart || off > d.window || len(d.out)-d.frameStart+n > d.blockEnd {
		return false
	}
	if off >= n {
		d.out = append(d.out, d.out[start:start+n]...)
		return true
	}
	// An overlapping copy repeats the off bytes at start: each append
	// of what is there already doubles it.
	for n > 0 {
		c := min(n, len(d.out)-start)
		d.out = append(d.out, d.out[start:start+c]...)
		n -= c
	}
	return true
}
