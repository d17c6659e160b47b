// This file defines the listening port: `\p` and -p, with q's forms of
// the address (docs/basics/listening-port.md).

package zns

import (
	"context"
	"errors"
	"math/rand/v2"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
)

// Listen listens on addr, the argument of `\p` or -p:
// `[rp,][host:]port`, where port is a number, 0W (a free ephemeral
// port), lo/hi (a free port in that range, tried in random order) or a
// service name from /etc/services. Port 0 stops listening; `rp,` sets
// SO_REUSEPORT, so several processes can share the port. A negative port
// (q's multithreaded input) is served as its absolute value, by the one
// loop. Without a Net it only records the port. It implements
// interp.Host, so it runs on the loop goroutine.
func (l *Loop) Listen(addr string) (int, error) {
	if l.net == nil {
		p, err := parsePort(addr)
		if err != nil {
			return l.port, err
		}
		l.port = p
		return p, nil
	}
	spec, err := parseListen(addr)
	if err != nil {
		return l.port, err
	}
	if spec.lo == 0 {
		l.net.Unlisten()
		l.port = 0
		return 0, nil
	}
	if l.port != 0 && spec.host == l.host && spec.lo <= l.port && l.port <= spec.hi {
		return l.port, nil // listening there already
	}
	ports := []int{spec.lo}
	if spec.hi > spec.lo {
		ports = rand.Perm(spec.hi - spec.lo + 1)
		for i := range ports {
			ports[i] += spec.lo
		}
	}
	var ln net.Listener
	for _, p := range ports {
		if ln, err = listen(spec.host, p, spec.reuse); err == nil {
			break
		}
	}
	if err != nil {
		return l.port, &listenError{addr: addr, err: err}
	}
	if err := l.net.Serve(ln); err != nil {
		return l.port, &listenError{addr: addr, err: err}
	}
	l.port, l.host = ln.Addr().(*net.TCPAddr).Port, spec.host
	return l.port, nil
}

// listenSpec is a parsed `\p` argument.
type listenSpec struct {
	reuse  bool   // rp,
	host   string // "" for every interface
	lo, hi int    // the port, or the range; lo -1 for 0W; 0 to stop
}

// parseListen reads a `\p` argument.
func parseListen(arg string) (listenSpec, error) {
	var s listenSpec
	a, reuse := strings.CutPrefix(strings.TrimSpace(arg), "rp,")
	s.reuse = reuse
	if i := strings.LastIndexByte(a, ':'); i >= 0 {
		s.host, a = a[:i], a[i+1:]
	}
	a = strings.TrimPrefix(a, "-") // multithreaded input: one loop serves it
	if a == "0W" {
		s.lo = -1
		return s, nil
	}
	lo, hi, isRange := strings.Cut(a, "/")
	var err error
	if s.lo, err = portNumber(lo); err != nil {
		return s, err
	}
	s.hi = s.lo
	if isRange {
		if s.hi, err = portNumber(hi); err != nil {
			return s, err
		}
		if s.hi < s.lo || s.lo == 0 {
			return s, errors.New(arg)
		}
	}
	return s, nil
}

// portNumber reads a port: a number or a service name.
func portNumber(s string) (int, error) {
	if n, err := strconv.Atoi(s); err == nil {
		if n < 0 || n > 65535 {
			return 0, errors.New(s)
		}
		return n, nil
	}
	n, err := net.LookupPort("tcp", s)
	if err != nil {
		return 0, errors.New(s)
	}
	return n, nil
}

// listen opens a TCP listener on host:port (port -1: any ephemeral
// port), with SO_REUSEPORT when reuse is set.
func listen(host string, port int, reuse bool) (net.Listener, error) {
	if port < 0 {
		port = 0 // the kernel's ephemeral range: 32768-60999 on Linux, as 0W
	}
	var lc net.ListenConfig
	if reuse {
		lc.Control = func(_, _ string, c syscall.RawConn) error {
			var serr error
			err := c.Control(func(fd uintptr) {
				serr = reusePort(fd)
			})
			return errors.Join(err, serr)
		}
	}
	return lc.Listen(context.Background(), "tcp", net.JoinHostPort(host, strconv.Itoa(port)))
}

// listenError is a failure to listen, worded as q words it: the
// argument, then the OS's reason.
type listenError struct {
	addr string
	err  error
}

// Error gives the argument and the reason.
func (e *listenError) Error() string { return e.addr + ": " + osText(e.err) }

// Unwrap gives the reason.
func (e *listenError) Unwrap() error { return e.err }

// localIPs are the addresses of this machine's interfaces, looked up once.
var localIPs = sync.OnceValue(func() map[string]bool {
	ips := map[string]bool{}
	addrs, _ := net.InterfaceAddrs()
	for _, a := range addrs {
		if n, ok := a.(*net.IPNet); ok {
			ips[n.IP.String()] = true
		}
	}
	return ips
})

// osHostname is the machine's name.
func osHostname() (string, error) { return os.Hostname() }
