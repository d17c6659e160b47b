// This file defines q's nulls, infinities and the signal used to raise
// q errors inside the interpreter.

package k

import "math"

// Sentinel bit patterns of q's integer nulls and infinities.
const (
	NH int16 = math.MinInt16 // 0Nh
	WH int16 = math.MaxInt16 // 0Wh
	NI int32 = math.MinInt32 // 0Ni, and the null of month, date, minute, second, time
	WI int32 = math.MaxInt32 // 0Wi
	NJ int64 = math.MinInt64 // 0N, and the null of timestamp and timespan
	WJ int64 = math.MaxInt64 // 0W
)

// NF is the float null 0n (a NaN); NE the real null 0Ne.
var (
	NF = math.NaN()
	NE = float32(math.NaN())
)

// Null returns the null atom of q type t (t < 0); for a vector type t > 0 it
// returns the null atom of its items. Other types give `::`.
func Null(t Type) Value {
	if t > 0 && t < XT {
		t = -t
	}
	switch t {
	case -KB:
		return Atom[bool]{t, false}
	case -KG:
		return Atom[GUID]{t, GUID{}}
	case -KX:
		return Atom[uint8]{t, 0}
	case -KC:
		return Atom[uint8]{t, ' '}
	case -KH:
		return Atom[int16]{t, NH}
	case -KI, -KM, -KD, -KU, -KV, -KT:
		return Atom[int32]{t, NI}
	case -KJ, -KP, -KN:
		return Atom[int64]{t, NJ}
	case -KE:
		return Atom[float32]{t, NE}
	case -KF, -KZ:
		return Atom[float64]{t, NF}
	case -KS:
		return Atom[string]{t, ""}
	case -KEnum:
		return EnumAtom{V: NJ}
	}
	return Identity
}

// IsNull reports whether the atom v is q's null of its type. Non-atoms are
// not null (q's `null` maps over lists; that is the evaluator's business).
func IsNull(v Value) bool {
	switch a := v.(type) {
	case Atom[bool]:
		return false
	case Atom[GUID]:
		return a.V == GUID{}
	case Atom[uint8]:
		return a.T == -KC && a.V == ' '
	case Atom[int16]:
		return a.V == NH
	case Atom[int32]:
		return a.V == NI
	case Atom[int64]:
		return a.V == NJ
	case Atom[float32]:
		return a.V != a.V
	case Atom[float64]:
		return a.V != a.V
	case Atom[string]:
		return a.V == ""
	case EnumAtom:
		return a.V == NJ
	}
	return IsIdentity(v)
}

// Error is a q signal: what `'msg` raises, what a trap hands its handler,
// and what the console prints after a quote.
type Error struct {
	Msg string
}

// Error implements the error interface: the message as q prints it.
func (e *Error) Error() string { return "'" + e.Msg }

// Signal raises the q error msg by panicking with an *Error. Inside the
// interpreter that is how every error travels; the entry points recover it.
func Signal(msg string) { panic(&Error{Msg: msg}) }

// Common signals.
var (
	ErrType   = "type"
	ErrLength = "length"
	ErrRank   = "rank"
	ErrDomain = "domain"
	ErrIndex  = "index"
	ErrNyi    = "nyi"
)
