// This file adds kdb+'s TLS (tcps://, -E) and Unix-domain-socket
// transports: a TLS server mode that accepts TLS connections on the
// listening port beside (-E 1) or instead of (-E 2) plain ones, TLS
// clients, and the Unix socket kdb+ listens on beside its TCP port.

package netipc

import (
	"bufio"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"os"
	"runtime"
	"strconv"
	"strings"
)

// The TLS server modes (-E).
const (
	TLSOff  = 0 // plain connections only
	TLSAlso = 1 // plain and TLS
	TLSOnly = 2 // TLS only
)

// tlsRecord is the first byte of a TLS handshake record (a ClientHello).
const tlsRecord = 0x16

// SetTLS sets the TLS server mode (TLSOff, TLSAlso, TLSOnly) and the
// configuration TLS connections are accepted with, for connections
// accepted from now on. It is safe to call from any goroutine.
func (s *Server) SetTLS(mode int, cfg *tls.Config) {
	s.tlsCfg.Store(cfg)
	s.tlsMode.Store(int32(mode))
}

// TLSMode is the TLS server mode set by SetTLS.
func (s *Server) TLSMode() int { return int(s.tlsMode.Load()) }

// startTLS looks at an accepted connection's first byte: in a TLS mode, a
// TLS handshake is answered and the connection continues inside TLS;
// with TLSOnly, anything else is refused (nil). It returns the
// connection to serve and its reader. Runs on the connection's goroutine.
func (s *Server) startTLS(nc net.Conn, br *bufio.Reader) (net.Conn, *bufio.Reader) {
	mode := s.tlsMode.Load()
	if mode == TLSOff {
		return nc, br
	}
	b, err := br.Peek(1)
	if err != nil {
		return nil, nil
	}
	if b[0] != tlsRecord {
		if mode == TLSOnly {
			return nil, nil
		}
		return nc, br
	}
	cfg := s.tlsCfg.Load()
	if cfg == nil {
		return nil, nil
	}
	tc := tls.Server(&prefixConn{Conn: nc, r: br}, cfg)
	if err := tc.Handshake(); err != nil {
		return nil, nil
	}
	return tc, bufio.NewReaderSize(tc, readBufSize)
}

// dialTLS opens a TLS connection to a kdb+ process at the TCP address
// (hopen `:tcps://host:port), verifying the server's certificate as
// kdb+ does (TLSConfig).
func dialTLS(ctx context.Context, address string) (net.Conn, error) {
	cfg, err := TLSConfig(os.Getenv, false)
	if err != nil {
		return nil, fmt.Errorf("hop: %w", err)
	}
	host, _, _ := net.SplitHostPort(address)
	cfg.ServerName = host
	d := tls.Dialer{Config: cfg}
	nc, err := d.DialContext(ctx, "tcp", address)
	if err != nil {
		if ctx.Err() != nil || isTimeout(err) {
			return nil, fmt.Errorf("%w: %w", ErrTimeout, err)
		}
		return nil, fmt.Errorf("hop: %w", err)
	}
	return nc, nil
}

// TLSSetting reads one of kdb+'s TLS settings from the environment:
// KX_SSL_name, else SSL_name (kdb+ prefers the KX_ prefix since 3.6),
// else def.
func TLSSetting(getenv func(string) string, name, def string) string {
	if v := getenv("KX_SSL_" + name); v != "" {
		return v
	}
	if v := getenv("SSL_" + name); v != "" {
		return v
	}
	return def
}

// TLSConfig makes the TLS configuration of a server (server true) or a
// client from kdb+'s environment variables (kb/ssl.md): the certificate
// and key (CERT_FILE, KEY_FILE; a server must have them, a client sends
// them when they are set), the trusted authorities (CA_CERT_FILE), and
// whether the peer's certificate is checked (VERIFY_CLIENT, NO by
// default; VERIFY_SERVER, YES by default).
func TLSConfig(getenv func(string) string, server bool) (*tls.Config, error) {
	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
	certFile, keyFile := TLSSetting(getenv, "CERT_FILE", ""), TLSSetting(getenv, "KEY_FILE", "")
	if certFile != "" || server {
		if keyFile == "" {
			keyFile = certFile
		}
		cert, err := tls.LoadX509KeyPair(certFile, keyFile)
		if err != nil {
			if server {
				return nil, fmt.Errorf("TLS certificate: %w", err)
			}
		} else {
			cfg.Certificates = []tls.Certificate{cert}
		}
	}
	var pool *x509.CertPool
	if ca := TLSSetting(getenv, "CA_CERT_FILE", ""); ca != "" {
		pem, err := os.ReadFile(ca)
		if err != nil {
			return nil, fmt.Errorf("TLS CA certificates: %w", err)
		}
		pool = x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, errors.New("TLS CA certificates: none in " + ca)
		}
	}
	if server {
		cfg.ClientCAs = pool
		switch strings.ToUpper(TLSSetting(getenv, "VERIFY_CLIENT", "NO")) {
		case "YES":
			cfg.ClientAuth = tls.RequireAndVerifyClientCert
		case "REQUESTONLY":
			cfg.ClientAuth = tls.RequestClientCert
		case "IFPRESENT":
			cfg.ClientAuth = tls.VerifyClientCertIfGiven
		}
		return cfg, nil
	}
	cfg.RootCAs = pool
	if strings.ToUpper(TLSSetting(getenv, "VERIFY_SERVER", "YES")) == "NO" {
		cfg.InsecureSkipVerify = true
	}
	return cfg, nil
}

// TLSInfo is kdb+'s (-26!)[]: the TLS settings of the process, as names
// and values.
func TLSInfo(getenv func(string) string) (names, values []string) {
	names = []string{"SSLEAY_VERSION", "SSL_CERT_FILE", "SSL_CA_CERT_FILE", "SSL_CA_CERT_PATH",
		"SSL_KEY_FILE", "SSL_CIPHER_LIST", "SSL_VERIFY_CLIENT", "SSL_VERIFY_SERVER"}
	values = []string{
		"Go crypto/tls " + runtime.Version(),
		TLSSetting(getenv, "CERT_FILE", ""),
		TLSSetting(getenv, "CA_CERT_FILE", ""),
		TLSSetting(getenv, "CA_CERT_PATH", ""),
		TLSSetting(getenv, "KEY_FILE", ""),
		TLSSetting(getenv, "CIPHER_LIST", "ALL"),
		strings.ToUpper(TLSSetting(getenv, "VERIFY_CLIENT", "NO")),
		strings.ToUpper(TLSSetting(getenv, "VERIFY_SERVER", "YES")),
	}
	return names, values
}

// UnixAddress is the Unix socket kdb+ listens on beside TCP port port,
// and that `:unix://port` connects to: kx.PORT in $QUDSPATH (/tmp when
// unset or empty), in Linux's abstract namespace (kdb+ 3.5+). listen is
// false when QUDSPATH is set empty, which turns the listening socket off
// (a client still connects to the name in /tmp).
func UnixAddress(port int) (name string, listen bool) {
	dir, set := os.LookupEnv("QUDSPATH")
	listen = !set || dir != ""
	if dir == "" {
		dir = "/tmp"
	}
	name = strings.TrimSuffix(dir, "/") + "/kx." + strconv.Itoa(port)
	if runtime.GOOS == "linux" {
		name = "@" + name
	}
	return name, listen
}

// serveUnix listens on the Unix socket that goes with TCP listener ln,
// when it can, and accepts connections there too until ln is replaced or
// closed. A socket that cannot be made (taken by another process) is
// left out, as kdb+ goes on with TCP.
func (s *Server) serveUnix(ln net.Listener) {
	a, ok := ln.Addr().(*net.TCPAddr)
	if !ok || !s.opts.Unix {
		return
	}
	name, ok := UnixAddress(a.Port)
	if !ok {
		return
	}
	uln, err := net.Listen("unix", name)
	if err != nil {
		return
	}
	s.mu.Lock()
	if s.closed || s.ln != ln {
		s.mu.Unlock()
		uln.Close()
		return
	}
	s.uds = uln
	TakeHandle(uln) // the Unix socket's descriptor, 4 at -p
	s.wg.Add(1)
	s.mu.Unlock()
	go s.accept(uln)
}
