// Package handle is what q's connection handles are that needs no
// session: the process a hopen argument names (a port, :host:port:user:
// password, :unix://port, :tcps://host:port, with a timeout) and the
// process's TLS settings (-26!). The interpreter opens, writes and closes
// handles through the host it is given (interp.IPC), and registers the
// keywords. Bad arguments signal q errors (panics with *k.Error).
package handle

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"qgo/interp/k"
	"qgo/netipc"
)

// Target is the process a hopen argument names: how to reach it, and as
// whom.
type Target struct {
	Network, Address string // "tcp", "tcps" or "unix", and the dial address
	Host             string // the host part of a TCP address: "" for this one
	Port             int
	User, Password   string
	Timeout          time.Duration // 0: none
}

// Parse reads a hopen argument that names a process: a port
// number, `:host:port[:user[:password]]` or `:unix://port[:user:password]`
// as a symbol or a string, or a pair (that;timeout in ms). It reports
// false for anything else, a file path among them.
func Parse(x k.Value) (Target, bool) {
	if l, ok := x.(*k.List); ok && len(l.V) == 2 {
		ms, isInt := Int(l.V[1])
		if !isInt {
			return Target{}, false
		}
		t, ok := Parse(l.V[0])
		if !ok || ms < 0 {
			return Target{}, false
		}
		t.Timeout = time.Duration(ms) * time.Millisecond
		return t, true
	}
	if p, ok := Int(x); ok {
		if p <= 0 || p > 65535 {
			return Target{}, false
		}
		return tcpTarget("", int(p)), true
	}
	var s string
	switch v := x.(type) {
	case k.Atom[string]:
		s = v.V
	case *k.Vec[uint8]:
		if v.T != k.KC {
			return Target{}, false
		}
		s = string(v.V)
	default:
		return Target{}, false
	}
	s, ok := strings.CutPrefix(s, ":")
	if !ok {
		return Target{}, false
	}
	if scheme, rest, ok := strings.Cut(s, "://"); ok {
		switch scheme {
		case "unix":
			port, cred, _ := strings.Cut(rest, ":")
			p, ok := portNumber(port)
			if !ok {
				return Target{}, false
			}
			address, _ := netipc.UnixAddress(p)
			t := Target{Network: "unix", Address: address, Port: p}
			t.User, t.Password, _ = strings.Cut(cred, ":")
			return t, true
		case "tcps":
			t, ok := hostTarget(rest)
			t.Network = "tcps"
			return t, ok
		case "fifo", "unixs":
			k.Signal(k.ErrNyi)
		}
		return Target{}, false
	}
	return hostTarget(s)
}

// hostTarget reads host:port[:user[:password]], a TCP target.
func hostTarget(s string) (Target, bool) {
	host, rest, ok := strings.Cut(s, ":")
	if !ok {
		return Target{}, false
	}
	port, cred, _ := strings.Cut(rest, ":")
	p, ok := portNumber(port)
	if !ok {
		return Target{}, false
	}
	t := tcpTarget(host, p)
	t.User, t.Password, _ = strings.Cut(cred, ":")
	return t, true
}

// portNumber reads a TCP port number, 1 to 65535.
func portNumber(s string) (int, bool) {
	p, err := strconv.Atoi(s)
	return p, err == nil && p > 0 && p <= 65535
}

// tcpTarget is a TCP target: host "" or "localhost" is this machine.
func tcpTarget(host string, port int) Target {
	h := host
	if h == "" || h == "localhost" {
		h = "127.0.0.1"
	}
	return Target{Network: "tcp", Address: h + ":" + strconv.Itoa(port), Host: host, Port: port}
}

// integer reads a short, int or long atom.
func Int(x k.Value) (int64, bool) {
	switch v := x.(type) {
	case k.Atom[int64]:
		return v.V, v.T == -k.KJ
	case k.Atom[int32]:
		return int64(v.V), v.T == -k.KI
	case k.Atom[int16]:
		return int64(v.V), v.T == -k.KH
	}
	return 0, false
}

// TLSSettings is -26!x, here for the process ((-26!)[] or -26!()): its
// TLS settings, each from the environment variable KX_SSL_name or else
// SSL_name as kdb+ reads them (basics/internal.md, kb/ssl.md), with
// kdb+'s defaults; SSLEAY_VERSION names the TLS library, Go's.
func TLSSettings(x k.Value) k.Value {
	if !k.IsIdentity(x) && x.Len() != 0 {
		k.Signal("nyi") // the settings of one handle
	}
	setting := func(name, def string) k.Value {
		for _, v := range []string{os.Getenv("KX_SSL_" + name), os.Getenv("SSL_" + name)} {
			if v != "" {
				return k.S(v)
			}
		}
		return k.S(def)
	}
	keys := k.Syms("SSLEAY_VERSION", "SSL_CERT_FILE", "SSL_CA_CERT_FILE", "SSL_CA_CERT_PATH",
		"SSL_KEY_FILE", "SSL_CIPHER_LIST", "SSL_VERIFY_CLIENT", "SSL_VERIFY_SERVER")
	vals := []k.Value{k.S("Go crypto/tls " + runtime.Version()),
		setting("CERT_FILE", ""), setting("CA_CERT_FILE", ""), setting("CA_CERT_PATH", ""),
		setting("KEY_FILE", ""), setting("CIPHER_LIST", "ALL"),
		setting("VERIFY_CLIENT", "NO"), setting("VERIFY_SERVER", "YES")}
	return &k.Dict{K: keys, V: k.Unify(vals)}
}
