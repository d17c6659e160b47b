// This file renders syntax trees as compact S-expressions, for tests and
// debugging.

package syntax

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"qgo/interp/k"
)

// String renders the tree n as a compact S-expression: `(+ 2 (* 3 4))` for
// a Dyad, `(f x)` for a Monad, `f[a;b]` for an Apply, `+/` for an Iter,
// `(: a x)` for an Assign, and literals in q notation. A nil node is "nil".
// The form is for tests and debugging, and may change.
func String(n Node) string {
	var b strings.Builder
	write(&b, n)
	return b.String()
}

func write(b *strings.Builder, n Node) {
	list := func(head string, xs []Node) {
		b.WriteString("(" + head)
		for i, x := range xs {
			if i > 0 || head != "" {
				b.WriteByte(' ')
			}
			write(b, x)
		}
		b.WriteByte(')')
	}
	cols := func(head string, cs []Col) {
		b.WriteString("(" + head)
		for _, c := range cs {
			b.WriteByte(' ')
			if c.Name != "" {
				b.WriteString(c.Name + ":")
			}
			write(b, c.X)
		}
		b.WriteByte(')')
	}
	switch n := n.(type) {
	case nil:
		b.WriteString("nil")
	case *Const:
		b.WriteString(formatValue(n.V))
	case *Ident:
		b.WriteString(n.Name)
	case *Op:
		b.WriteString(n.Name)
	case *Iter:
		write(b, n.F)
		b.WriteString(n.Adverb)
	case *Apply:
		write(b, n.F)
		b.WriteByte('[')
		for i, a := range n.Args {
			if i > 0 {
				b.WriteByte(';')
			}
			if a != nil {
				write(b, a)
			}
		}
		b.WriteByte(']')
	case *Monad:
		list("", []Node{n.F, n.X})
	case *Dyad:
		list("", []Node{n.F, n.L, n.R})
	case *Lambda:
		b.WriteString("(lambda [")
		for i, name := range n.Params {
			if i > 0 {
				b.WriteByte(' ')
			}
			if n.Patterns != nil && n.Patterns[i] != nil {
				write(b, n.Patterns[i])
			} else if name == "" {
				b.WriteString("nil")
			} else {
				b.WriteString(name)
			}
		}
		b.WriteByte(']')
		for _, s := range n.Body {
			b.WriteByte(' ')
			write(b, s)
		}
		b.WriteByte(')')
	case *List:
		list("list", n.Items)
	case *Paren:
		list("paren", []Node{n.X})
	case *Assign:
		head := ":"
		if n.Global {
			head = "::"
		}
		if n.Op != nil {
			head = String(n.Op) + ":"
		}
		target := n.Name
		if n.Pattern != nil {
			target = String(n.Pattern)
		} else if n.Index != nil {
			target = String(&Apply{F: &Ident{Name: n.Name}, Args: n.Index})
		}
		b.WriteString("(" + head + " " + target + " ")
		write(b, n.X)
		b.WriteByte(')')
	case *Return:
		list("return", []Node{n.X})
	case *Signal:
		list("signal", []Node{n.X})
	case *Cond:
		list(n.Kind, n.Args)
	case *Seq:
		list("seq", n.Items)
	case *Table:
		b.WriteString("(table ")
		cols("keys", n.Keys)
		b.WriteByte(' ')
		cols("cols", n.Cols)
		b.WriteByte(')')
	case *Query:
		b.WriteString("(" + n.Kind)
		if n.Limit != nil {
			b.WriteByte(' ')
			list("limit", n.Limit)
		}
		if n.Distinct {
			b.WriteString(" distinct")
		}
		if n.Cols != nil {
			b.WriteByte(' ')
			cols("cols", n.Cols)
		}
		if n.HasBy {
			b.WriteByte(' ')
			cols("by", n.By)
		}
		b.WriteString(" (from ")
		write(b, n.From)
		b.WriteByte(')')
		if n.Where != nil {
			b.WriteByte(' ')
			list("where", n.Where)
		}
		b.WriteByte(')')
	case *System:
		b.WriteString("(system " + strconv.Quote(n.Cmd) + ")")
	case *PatName:
		if n.Index != nil {
			write(b, &Apply{F: &Ident{Name: n.Name}, Args: n.Index})
		} else {
			b.WriteString(n.Name)
		}
	case *PatList:
		list("plist", n.Items)
	case *PatDict:
		b.WriteString("(pdict " + formatValue(n.Keys) + " ")
		write(b, n.Val)
		b.WriteByte(')')
	case *PatOp:
		list("p"+n.Op, []Node{n.L, n.R})
	case *PatCheck:
		if n.Type != 0 {
			b.WriteString("(check `" + string(n.Type) + " ")
			write(b, n.Pat)
			b.WriteByte(')')
		} else {
			list("filter", []Node{n.F, n.Pat})
		}
	default:
		fmt.Fprintf(b, "%T", n)
	}
}

// typeChars are q's type letters, indexed by type code.
const typeChars = " bg xhijefcspmdznuvt"

// formatValue renders a literal value in q notation, close to how the q
// console shows it: `1 2 3h`, `2000.01.01`, "`a`b" (symbols), `"abc"`, `0x0102`.
// It covers the values the parser makes (atoms, typed vectors, general
// lists of those) and is meant for tests and debugging, not for the
// console, whose formatting lives in the evaluator.
func formatValue(v k.Value) string {
	t := v.Type()
	switch {
	case t == k.KList:
		items := k.Items(v)
		parts := make([]string, len(items))
		for i, it := range items {
			parts[i] = formatValue(it)
		}
		if len(parts) == 1 {
			return "enlist " + parts[0]
		}
		return "(" + strings.Join(parts, ";") + ")"
	case t == -k.KC:
		return strconv.Quote(string([]byte{v.(k.Atom[uint8]).V}))
	case t == k.KC:
		return strconv.Quote(string(v.(*k.Vec[uint8]).V))
	case t == -k.KS:
		return "`" + v.(k.Atom[string]).V
	case t == k.KS:
		return "`" + strings.Join(v.(*k.Vec[string]).V, "`")
	case t < 0 && t >= -k.KT:
		return fmtItem(v, true)
	case t > 0 && t <= k.KT:
		items := k.Items(v)
		if len(items) == 0 {
			return "`" + string(typeChars[t]) + "$()"
		}
		if t == k.KB {
			var b strings.Builder
			for _, it := range items {
				b.WriteString(fmtItem(it, false))
			}
			return b.String() + "b"
		}
		if t == k.KX {
			var b strings.Builder
			b.WriteString("0x")
			for _, it := range items {
				fmt.Fprintf(&b, "%02x", it.(k.Atom[uint8]).V)
			}
			return b.String()
		}
		parts := make([]string, len(items))
		for i, it := range items {
			parts[i] = fmtItem(it, false)
		}
		s := strings.Join(parts, " ")
		if suffix := vecSuffix(t, parts); suffix != "" && !strings.HasSuffix(s, suffix) {
			s += suffix
		}
		if len(items) == 1 {
			s = "," + s
		}
		return s
	}
	return fmt.Sprintf("<%d>", t)
}

// vecSuffix is the type suffix a vector's display needs after its items.
func vecSuffix(t k.Type, parts []string) string {
	switch t {
	case k.KH, k.KI, k.KE, k.KM:
		return string(typeChars[t])
	case k.KF:
		for _, p := range parts {
			if strings.ContainsAny(p, ".en") || p == "0w" || p == "-0w" {
				return ""
			}
		}
		return "f"
	}
	return ""
}

// fmtItem renders one atom; atom adds the type suffix an atom needs.
func fmtItem(v k.Value, atom bool) string {
	t := -v.Type()
	suf := ""
	if atom && strings.IndexByte("hiem", typeChars[t]) >= 0 {
		suf = string(typeChars[t])
	}
	switch a := v.(type) {
	case k.Atom[bool]:
		if a.V {
			return map[bool]string{true: "1b", false: "1"}[atom]
		}
		return map[bool]string{true: "0b", false: "0"}[atom]
	case k.Atom[uint8]:
		return fmt.Sprintf("0x%02x", a.V)
	case k.Atom[k.GUID]:
		g := a.V
		return fmt.Sprintf("%x-%x-%x-%x-%x", g[:4], g[4:6], g[6:8], g[8:10], g[10:])
	case k.Atom[int16]:
		return fmtInt(int64(a.V), int64(k.NH), int64(k.WH)) + suf
	case k.Atom[int32]:
		if t != k.KI {
			return fmtTemporal32(t, a.V) + suf
		}
		return fmtInt(int64(a.V), int64(k.NI), int64(k.WI)) + suf
	case k.Atom[int64]:
		switch t {
		case k.KP:
			return fmtStamp(a.V)
		case k.KN:
			return fmtSpan(a.V)
		}
		return fmtInt(a.V, k.NJ, k.WJ)
	case k.Atom[float32]:
		s := fmtFloat32(a.V)
		if atom {
			s = strings.Replace(strings.Replace(s, "n", "N", 1), "w", "W", 1)
		}
		return s + suf
	case k.Atom[float64]:
		if t == k.KZ {
			return fmtDatetime(a.V)
		}
		s := fmtFloat(a.V)
		if atom && !strings.ContainsAny(s, ".enw") {
			s += "f"
		}
		return s
	}
	return "?"
}

func fmtInt(v, null, inf int64) string {
	switch v {
	case null:
		return "0N"
	case inf:
		return "0W"
	case -inf:
		return "-0W"
	}
	return strconv.FormatInt(v, 10)
}

func fmtFloat32(f float32) string {
	if f != f || math.IsInf(float64(f), 0) {
		return fmtFloat(float64(f))
	}
	return strconv.FormatFloat(float64(f), 'g', -1, 32)
}

func fmtFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		return "0n"
	case math.IsInf(f, 1):
		return "0w"
	case math.IsInf(f, -1):
		return "-0w"
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

// fmtTemporal32 renders a month, date, minute, second or time.
func fmtTemporal32(t k.Type, v int32) string {
	c := string(typeChars[t])
	if t == k.KM {
		c = "" // the caller adds the m
	}
	switch v {
	case k.NI:
		return "0N" + c
	case k.WI:
		return "0W" + c
	case -k.WI:
		return "-0W" + c
	}
	sign := ""
	if v < 0 && t >= k.KU {
		sign, v = "-", -v
	}
	switch t {
	case k.KM:
		m := int(v) + 24000
		return fmt.Sprintf("%04d.%02d", m/12, m%12+1)
	case k.KD:
		y, m, d := k.YMD(v)
		return fmt.Sprintf("%04d.%02d.%02d", y, m, d)
	case k.KU:
		return fmt.Sprintf("%s%02d:%02d", sign, v/60, v%60)
	case k.KV:
		return fmt.Sprintf("%s%02d:%02d:%02d", sign, v/3600, v/60%60, v%60)
	}
	return fmt.Sprintf("%s%02d:%02d:%02d.%03d", sign, v/3600000, v/60000%60, v/1000%60, v%1000)
}

func fmtClock(ns int64) string {
	s := ns / k.NsPerSec
	return fmt.Sprintf("%02d:%02d:%02d.%09d", s/3600, s/60%60, s%60, ns%k.NsPerSec)
}

func fmtStamp(v int64) string {
	switch v {
	case k.NJ:
		return "0Np"
	case k.WJ:
		return "0Wp"
	case -k.WJ:
		return "-0Wp"
	}
	days := floorDiv(v, k.NsPerDay)
	return formatValue(k.Atom[int32]{T: -k.KD, V: int32(days)}) + "D" + fmtClock(v-days*k.NsPerDay)
}

func fmtSpan(v int64) string {
	switch v {
	case k.NJ:
		return "0Nn"
	case k.WJ:
		return "0Wn"
	case -k.WJ:
		return "-0Wn"
	}
	sign := ""
	if v < 0 {
		sign, v = "-", -v
	}
	return fmt.Sprintf("%s%dD%s", sign, v/k.NsPerDay, fmtClock(v%k.NsPerDay))
}

func fmtDatetime(f float64) string {
	switch {
	case math.IsNaN(f):
		return "0Nz"
	case math.IsInf(f, 1):
		return "0wz"
	case math.IsInf(f, -1):
		return "-0wz"
	}
	days := math.Floor(f)
	ms := int64(math.Round((f - days) * 86400000))
	return formatValue(k.Atom[int32]{T: -k.KD, V: int32(days)}) + "T" +
		fmtTemporal32(k.KT, int32(ms))
}
