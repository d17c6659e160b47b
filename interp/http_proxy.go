// This file finds the proxy .Q.hg and .Q.hp go through (docs/ref/dotq.md):
// the environment's http_proxy (https_proxy for https), the lower-case
// name taken before the upper-case one, unless no_proxy (NO_PROXY) names
// the host. A request to the local host is never sent through a proxy.

package interp

import (
	"net"
	"net/url"
	"os"
	"strings"
)

// proxyFor is the proxy for a request to host:port by scheme (http or
// https), or nil to connect directly.
func proxyFor(scheme, host, port string) *url.URL {
	name := "http_proxy"
	if scheme == "https" {
		name = "https_proxy"
	}
	p := envAny(name, strings.ToUpper(name))
	if p == "" || !proxied(host, port, envAny("no_proxy", "NO_PROXY")) {
		return nil
	}
	if !strings.Contains(p, "://") {
		p = "http://" + p // a proxy named by its host alone
	}
	u, err := url.Parse(p)
	if err != nil || u.Host == "" {
		return nil
	}
	return u
}

// envAny is the first of the environment variables names that is set and
// not empty, else "".
func envAny(names ...string) string {
	for _, n := range names {
		if v := os.Getenv(n); v != "" {
			return v
		}
	}
	return ""
}

// proxied reports whether a request to host:port goes through a proxy
// given the no_proxy list noProxy: entries separated by commas or
// spaces, each * (no request is proxied), an IP address, a network in
// CIDR notation, or a domain name (it and its subdomains; a leading dot
// or *. means the same), each with an optional :port.
func proxied(host, port, noProxy string) bool {
	host = strings.ToLower(host)
	if host == "localhost" {
		return false
	}
	ip := net.ParseIP(host)
	if ip != nil && ip.IsLoopback() {
		return false
	}
	for _, e := range strings.FieldsFunc(strings.ToLower(noProxy), func(r rune) bool { return r == ',' || r == ' ' }) {
		if e == "*" {
			return false
		}
		if _, n, err := net.ParseCIDR(e); err == nil {
			if ip != nil && n.Contains(ip) {
				return false
			}
			continue
		}
		if h, p, err := net.SplitHostPort(e); err == nil {
			if p != port {
				continue
			}
			e = h
		}
		if eip := net.ParseIP(e); eip != nil {
			if ip != nil && eip.Equal(ip) {
				return false
			}
			continue
		}
		e = strings.TrimPrefix(strings.TrimPrefix(e, "*"), ".")
		if host == e || strings.HasSuffix(host, "."+e) {
			return false
		}
	}
	return true
}
