// This file is a test-only reader and printer for q values: a tiny,
// right-to-left q subset (literals, lists, dictionaries, tables,
// juxtaposition indexing, assignment, and the primitives registered in
// Monads/Dyads) so that test tables can be written as KX console
// examples, and a type-revealing printer to compare results exactly.

package prim

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"

	"qgo/interp/k"
)

// mq is a tiny q session for tests.
type mq struct {
	vars map[string]k.Value
	toks []string
	pos  int
}

// qv evaluates src (statements separated by ";" at top level are not
// supported: use several calls on one session) and returns its value.
func (s *mq) eval(src string) k.Value {
	s.toks = lexQ(src)
	s.pos = 0
	v := s.expr()
	if s.pos != len(s.toks) {
		panic(fmt.Sprintf("mq: trailing tokens %q in %q", s.toks[s.pos:], src))
	}
	return v
}

func newMQ() *mq { return &mq{vars: map[string]k.Value{}} }

// q evaluates one expression in a fresh session.
func q(src string) k.Value { return newMQ().eval(src) }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isAlpha(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// lexQ splits q source into tokens: numeric vectors are one token,
// symbol vectors one token, strings one token.
func lexQ(src string) []string {
	var out []string
	i := 0
	prevNoun := func() bool {
		if len(out) == 0 {
			return false
		}
		t := out[len(out)-1]
		return t == ")" || t == "]" || isNounTok(t)
	}
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ':
			i++
		case c == '"':
			j := i + 1
			for j < len(src) && src[j] != '"' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			out = append(out, src[i:j+1])
			i = j + 1
		case c == '`':
			j := i
			for j < len(src) && src[j] == '`' {
				j++
				for j < len(src) && (isAlpha(src[j]) || isDigit(src[j]) || src[j] == '.' || src[j] == ':' || src[j] == '/' || src[j] == '_') {
					j++
				}
			}
			out = append(out, src[i:j])
			i = j
		case isDigit(c) || (c == '-' && i+1 < len(src) && isDigit(src[i+1]) && (!prevNoun() || i > 0 && src[i-1] == ' ')):
			// a numeric vector: tokens separated by single blanks
			j := i
			for {
				st := j
				if j < len(src) && src[j] == '-' {
					j++
				}
				for j < len(src) && (isDigit(src[j]) || isAlpha(src[j]) || src[j] == '.' || src[j] == ':') {
					j++
				}
				if j == st {
					break
				}
				sp := j
				for sp < len(src) && src[sp] == ' ' {
					sp++
				}
				if sp > j && sp < len(src) && (isDigit(src[sp]) || src[sp] == '-' && sp+1 < len(src) && isDigit(src[sp+1])) {
					j = sp
					continue
				}
				break
			}
			out = append(out, strings.TrimSpace(src[i:j]))
			i = j
		case isAlpha(c):
			j := i
			for j < len(src) && (isAlpha(src[j]) || isDigit(src[j])) {
				j++
			}
			out = append(out, src[i:j])
			i = j
		default:
			out = append(out, string(c))
			i++
		}
	}
	return out
}

func isNounTok(t string) bool {
	c := t[0]
	return isDigit(c) || c == '"' || c == '`' || (c == '-' && len(t) > 1) || (isAlpha(c) && Monads[t] == nil && Dyads[t] == nil)
}

func (s *mq) peek() string {
	if s.pos < len(s.toks) {
		return s.toks[s.pos]
	}
	return ""
}

func (s *mq) next() string {
	t := s.peek()
	s.pos++
	return t
}

func (s *mq) expect(t string) {
	if got := s.next(); got != t {
		panic(fmt.Sprintf("mq: want %q got %q", t, got))
	}
}

func isVerbTok(t string) bool {
	if t == "" {
		return false
	}
	if len(t) == 1 && strings.ContainsAny(t, "+-*%!&|<>=~,^#_$?@.") {
		return true
	}
	return isAlpha(t[0]) && (Monads[t] != nil || Dyads[t] != nil) && t != "enlist"
}

func atEnd(t string) bool { return t == "" || t == ")" || t == "]" || t == ";" }

// expr parses and evaluates an expression, right to left.
func (s *mq) expr() k.Value {
	t := s.peek()
	if atEnd(t) {
		return nil
	}
	// assignment, plain or indexed
	if isAlpha(t[0]) && s.pos+1 < len(s.toks) && s.toks[s.pos+1] == ":" && Monads[t] == nil && Dyads[t] == nil {
		s.pos += 2
		v := s.expr()
		s.vars[t] = v
		return v
	}
	if isAlpha(t[0]) && s.pos+1 < len(s.toks) && s.toks[s.pos+1] == "[" && s.vars[t] != nil {
		save := s.pos
		s.pos++
		args := s.args()
		if s.peek() == ":" {
			s.next()
			v := s.expr()
			if len(args) == 1 {
				s.vars[t] = Amend(s.vars[t], args[0], v)
			} else {
				s.vars[t] = AmendDeep(s.vars[t], args, v)
			}
			return v
		}
		s.pos = save
	}
	if t == "enlist" {
		s.next()
		if s.peek() == "[" {
			return s.after(k.Unify(s.args()))
		}
		return Enlist(s.expr())
	}
	if isVerbTok(t) {
		s.next()
		if s.peek() == "[" {
			return s.after(s.apply(t, s.args()))
		}
		each := s.peek() == "each"
		if each {
			s.next()
		}
		x := s.expr()
		f := Monads[t]
		if f == nil {
			panic("mq: no monad " + t)
		}
		if each {
			items := k.Items(x)
			out := make([]k.Value, len(items))
			for i, it := range items {
				out[i] = f(it)
			}
			return k.Unify(out)
		}
		return f(x)
	}
	return s.after(s.noun())
}

// after continues an expression whose leftmost noun is x.
func (s *mq) after(x k.Value) k.Value {
	n := s.peek()
	if atEnd(n) {
		return x
	}
	if isVerbTok(n) {
		s.next()
		y := s.expr()
		f := Dyads[n]
		if f == nil {
			panic("mq: no dyad " + n)
		}
		return f(x, y)
	}
	return Index(x, s.expr()) // juxtaposition
}

func (s *mq) args() []k.Value {
	s.expect("[")
	var out []k.Value
	for {
		out = append(out, s.expr())
		switch s.next() {
		case ";":
			continue
		case "]":
			return out
		default:
			panic("mq: bad argument list")
		}
	}
}

func (s *mq) apply(f string, args []k.Value) k.Value {
	switch len(args) {
	case 1:
		return Monads[f](args[0])
	case 2:
		return Dyads[f](args[0], args[1])
	}
	panic("mq: bad rank")
}

// noun parses a noun with any bracket indexing that follows it.
func (s *mq) noun() k.Value {
	x := s.atom()
	for s.peek() == "[" {
		args := s.args()
		if len(args) == 1 {
			x = Index(x, orIdentity(args[0]))
		} else {
			x = IndexDeep(x, args)
		}
	}
	return x
}

func orIdentity(v k.Value) k.Value {
	if v == nil {
		return k.Identity
	}
	return v
}

func (s *mq) atom() k.Value {
	t := s.next()
	switch {
	case t == "(":
		if s.peek() == "[" {
			return s.table()
		}
		if s.peek() == ")" {
			s.next()
			return &k.List{V: []k.Value{}}
		}
		var items []k.Value
		for {
			items = append(items, s.expr())
			switch s.next() {
			case ";":
				continue
			case ")":
				if len(items) == 1 {
					return items[0]
				}
				return k.Unify(items)
			default:
				panic("mq: bad list")
			}
		}
	case t[0] == '"':
		return parseStr(t)
	case t[0] == '`':
		if s.peek() == "$" && s.pos+2 < len(s.toks) && s.toks[s.pos+1] == "(" && s.toks[s.pos+2] == ")" {
			s.pos += 3
			return k.Empty(typeByName(t[1:]))
		}
		return parseSyms(t)
	case isDigit(t[0]) || t[0] == '-':
		return parseNums(t)
	case isAlpha(t[0]):
		v, ok := s.vars[t]
		if !ok {
			panic("mq: undefined " + t)
		}
		return v
	}
	panic("mq: unexpected " + t)
}

// table parses ([k:..] c:..; ..) after the "(".
func (s *mq) table() k.Value {
	s.expect("[")
	keys := s.cols("]")
	vals := s.cols(")")
	mk := func(cs [][2]any) *k.Table {
		names := make([]string, len(cs))
		data := make([]k.Value, len(cs))
		for i, c := range cs {
			names[i] = c[0].(string)
			data[i] = c[1].(k.Value)
		}
		return Flip(&k.Dict{K: k.Syms(names...), V: &k.List{V: data}}).(*k.Table)
	}
	if len(keys) == 0 {
		return mk(vals)
	}
	return &k.Dict{K: mk(keys), V: mk(vals)}
}

func (s *mq) cols(end string) [][2]any {
	var out [][2]any
	for s.peek() != end {
		name := s.next()
		s.expect(":")
		v := s.expr()
		out = append(out, [2]any{name, v})
		if s.peek() == ";" {
			s.next()
		}
	}
	s.next()
	return out
}

func typeByName(n string) k.Type {
	for t, name := range typeNames {
		if name == n {
			return t
		}
	}
	panic("mq: type " + n)
}

func parseStr(t string) k.Value {
	u, err := strconv.Unquote(t)
	if err != nil {
		panic(err)
	}
	if len(u) == 1 {
		return k.C(u[0])
	}
	return k.Str(u)
}

func parseSyms(t string) k.Value {
	parts := strings.Split(t[1:], "`")
	if len(parts) == 1 {
		return k.S(parts[0])
	}
	return k.Syms(parts...)
}

// parseNums parses a numeric vector literal (one shared type suffix).
func parseNums(t string) k.Value {
	if strings.HasPrefix(t, "0x") {
		h := t[2:]
		b := make([]byte, len(h)/2)
		for i := range b {
			v, _ := strconv.ParseUint(h[2*i:2*i+2], 16, 8)
			b[i] = byte(v)
		}
		if len(b) == 1 {
			return k.X(b[0])
		}
		if len(h) == 1 {
			v, _ := strconv.ParseUint(h, 16, 8)
			return k.X(byte(v))
		}
		return &k.Vec[uint8]{T: k.KX, V: b}
	}
	parts := strings.Fields(t)
	last := parts[len(parts)-1]
	if len(parts) == 1 && strings.HasSuffix(last, "b") && strings.Trim(last[:len(last)-1], "01") == "" {
		bs := last[:len(last)-1]
		if len(bs) == 1 {
			return k.B(bs == "1")
		}
		out := make([]bool, len(bs))
		for i := range bs {
			out[i] = bs[i] == '1'
		}
		return k.Bools(out...)
	}
	suf := byte(0)
	if c := last[len(last)-1]; strings.IndexByte("hijef", c) >= 0 && !strings.HasPrefix(last, "0x") {
		suf = c
		parts[len(parts)-1] = last[:len(last)-1]
	}
	if strings.Count(parts[0], ".") == 2 {
		items := make([]k.Value, len(parts))
		for i, p := range parts {
			var y, m, d int
			fmt.Sscanf(p, "%d.%d.%d", &y, &m, &d)
			items[i] = k.Atom[int32]{T: -k.KD, V: k.DaysFromYMD(y, m, d)}
		}
		return vecOrAtom(items)
	}
	if suf == 0 {
		suf = 'j'
		for _, p := range parts {
			if strings.ContainsAny(p, ".n") || p == "0w" || p == "-0w" {
				suf = 'f'
			}
		}
	}
	items := make([]k.Value, len(parts))
	for i, p := range parts {
		items[i] = numAtom(p, suf)
	}
	return vecOrAtom(items)
}

func vecOrAtom(items []k.Value) k.Value {
	if len(items) == 1 {
		return items[0]
	}
	return k.Unify(items)
}

func numAtom(p string, suf byte) k.Value {
	switch suf {
	case 'f', 'e':
		var f float64
		switch p {
		case "0n", "0N":
			f = math.NaN()
		case "0w", "0W":
			f = math.Inf(1)
		case "-0w", "-0W":
			f = math.Inf(-1)
		default:
			var err error
			f, err = strconv.ParseFloat(p, 64)
			if err != nil {
				panic(err)
			}
		}
		if suf == 'e' {
			return k.E(float32(f))
		}
		return k.F(f)
	}
	var n int64
	switch p {
	case "0N":
		n = math.MinInt64
	case "0W":
		n = math.MaxInt64
	case "-0W":
		n = -math.MaxInt64
	default:
		var err error
		n, err = strconv.ParseInt(p, 10, 64)
		if err != nil {
			panic(err)
		}
	}
	switch suf {
	case 'h':
		if n == math.MinInt64 {
			return k.H(k.NH)
		}
		return k.H(int16(n))
	case 'i':
		if n == math.MinInt64 {
			return k.I(k.NI)
		}
		return k.I(int32(n))
	}
	return k.J(n)
}

// qs prints v in a type-revealing q-like form (like -3!, with types made
// explicit).
func qs(v k.Value) string {
	if v == nil {
		return "<nil>"
	}
	var b strings.Builder
	writeQ(&b, v)
	return b.String()
}

func writeQ(b *strings.Builder, v k.Value) {
	if a := attrOf(v); a != k.AttrNone {
		b.WriteString("`" + a.String() + "#")
	}
	switch x := v.(type) {
	case *k.List:
		if len(x.V) == 1 {
			b.WriteString("enlist ")
			writeQ(b, x.V[0])
			return
		}
		b.WriteString("(")
		for i, e := range x.V {
			if i > 0 {
				b.WriteString(";")
			}
			writeQ(b, e)
		}
		b.WriteString(")")
		return
	case *k.Dict:
		b.WriteString("(")
		writeQ(b, x.K)
		b.WriteString(")!")
		writeQ(b, x.V)
		return
	case *k.Table:
		b.WriteString("+(")
		writeQ(b, x.Cols)
		b.WriteString(")!")
		writeQ(b, &k.List{V: x.Data})
		return
	case *k.Prim:
		b.WriteString(x.Name)
		return
	}
	t := v.Type()
	if t < 0 {
		b.WriteString(atomQ(v))
		return
	}
	if t >= k.XT {
		fmt.Fprintf(b, "<%T>", v)
		return
	}
	n := v.Len()
	if n == 0 {
		b.WriteString("`" + typeNames[t] + "$()")
		return
	}
	if n == 1 {
		b.WriteString(",")
	}
	switch t {
	case k.KC:
		b.WriteString(strconv.Quote(string(v.(*k.Vec[uint8]).V)))
		return
	case k.KS:
		for _, s := range v.(*k.Vec[string]).V {
			b.WriteString("`" + s)
		}
		return
	case k.KB:
		for _, e := range v.(*k.Vec[bool]).V {
			if e {
				b.WriteString("1")
			} else {
				b.WriteString("0")
			}
		}
		b.WriteString("b")
		return
	case k.KX:
		b.WriteString("0x")
		for _, e := range v.(*k.Vec[uint8]).V {
			fmt.Fprintf(b, "%02x", e)
		}
		return
	}
	parts := make([]string, n)
	for i := range parts {
		parts[i] = strings.TrimRight(atomQ(k.At(v, i)), "hijfe")
	}
	b.WriteString(strings.Join(parts, " "))
	b.WriteString(map[k.Type]string{k.KH: "h", k.KI: "i", k.KE: "e", k.KF: "f"}[t])
}

func atomQ(v k.Value) string {
	switch a := v.(type) {
	case k.Atom[bool]:
		if a.V {
			return "1b"
		}
		return "0b"
	case k.Atom[uint8]:
		if a.T == -k.KC {
			return strconv.Quote(string([]byte{a.V}))
		}
		return fmt.Sprintf("0x%02x", a.V)
	case k.Atom[int16]:
		if a.V == k.NH {
			return "0Nh"
		}
		return fmt.Sprintf("%dh", a.V)
	case k.Atom[int32]:
		switch a.T {
		case -k.KD:
			if a.V == k.NI {
				return "0Nd"
			}
			y, m, d := k.YMD(a.V)
			return fmt.Sprintf("%04d.%02d.%02d", y, m, d)
		case -k.KI:
			if a.V == k.NI {
				return "0Ni"
			}
			return fmt.Sprintf("%di", a.V)
		}
		return fmt.Sprintf("<%d:%d>", -a.T, a.V)
	case k.Atom[int64]:
		if a.T != -k.KJ {
			return fmt.Sprintf("<%d:%d>", -a.T, a.V)
		}
		switch a.V {
		case k.NJ:
			return "0N"
		case k.WJ:
			return "0W"
		}
		return strconv.FormatInt(a.V, 10)
	case k.Atom[float32]:
		return fltQ(float64(a.V)) + "e"
	case k.Atom[float64]:
		return fltQ(a.V) + "f"
	case k.Atom[string]:
		return "`" + a.V
	case k.Atom[k.GUID]:
		return fmt.Sprintf("%x", a.V[:])
	}
	return fmt.Sprintf("<%T>", v)
}

func fltQ(f float64) string {
	switch {
	case f != f:
		return "0n"
	case math.IsInf(f, 1):
		return "0w"
	case math.IsInf(f, -1):
		return "-0w"
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

// qcase is one console example: evaluating in (after the setup lines, in
// one session) gives the value of want, or the error 'want.
type qcase struct {
	in, want string
}

// runCases runs q console cases; a case whose in contains "::=" is not
// used. Each case may carry setup statements separated by "\n".
func runCases(t *testing.T, cases []qcase) {
	t.Helper()
	for _, c := range cases {
		got, err := evalLines(c.in)
		if strings.HasPrefix(c.want, "'") {
			if err == nil || "'"+err.Msg != c.want {
				t.Errorf("%s\n got %s (err %v)\nwant error %s", c.in, qs(got), err, c.want)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s\n got error %v\nwant %s", c.in, err, c.want)
			continue
		}
		want := q(c.want)
		if qs(got) != qs(want) {
			t.Errorf("%s\n got %s\nwant %s", c.in, qs(got), qs(want))
		}
	}
}

// evalLines runs newline-separated statements in one session, returning
// the last value or the q error raised.
func evalLines(src string) (v k.Value, err *k.Error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*k.Error)
			if !ok {
				if m, isStr := r.(string); isStr && strings.HasPrefix(m, "mq:") {
					err = &k.Error{Msg: "test harness: " + m}
					return
				}
				panic(r)
			}
			err = e
		}
	}()
	s := newMQ()
	for _, line := range strings.Split(src, "\n") {
		v = s.eval(line)
	}
	return v, nil
}

func TestMiniQRoundTrip(t *testing.T) {
	for _, src := range []string{
		"1 2 3", ",1", "1.5 2", "1 2f", "0N 1", "0n 1.5", "1 2 3i", "1 2h", "1 2e",
		"0101b", "1b", "`a`b", "`a", "\"abc\"", "\"a\"", "(1;`a)", "()", "`long$()",
		"0x0102", "0x01", "(`a`b)!1 2", "2009.01.01 2009.01.02", "`s#1 2 3",
		"+`a`b!(1 2;`x`y)", "(+(,`k)!enlist `a`b)!+(,`v)!enlist 1 2",
	} {
		v := q(src)
		if got := qs(q(qs(v))); got != qs(v) {
			t.Errorf("%s: %s reads back as %s", src, qs(v), got)
		}
	}
	if got := qs(q("([]a:1 2;b:`x`y)")); got != "+(`a`b)!(1 2;`x`y)" {
		t.Errorf("table literal: %s", got)
	}
	if got := qs(q("-5#0 1 2 3")); got != "3 0 1 2 3" {
		t.Errorf("negative take: %s", got)
	}
}
