//go:build unix

package e2e_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// certs writes a certificate authority and a server certificate for
// 127.0.0.1 that it signed, as PEM files in dir: ca.pem, server.pem and
// server-key.pem.
func certs(t *testing.T, dir string) {
	t.Helper()
	write := func(name, typ string, der []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	caKey, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	ca := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "qgo test CA"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, ca, ca, &caKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	write("ca.pem", "CERTIFICATE", caDER)
	key, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	leaf := &x509.Certificate{
		SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: "127.0.0.1"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")},
		KeyUsage:    x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, leaf, ca, &key.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	write("server.pem", "CERTIFICATE", der)
	keyDER, _ := x509.MarshalECPrivateKey(key)
	write("server-key.pem", "EC PRIVATE KEY", keyDER)
}

// TLS between two qgo processes: a server in TLS-only mode (-E 2) with
// its certificate from KX_SSL_CERT_FILE and KX_SSL_KEY_FILE, a client
// that trusts the authority in KX_SSL_CA_CERT_FILE and opens
// `:tcps://host:port; plain connections are refused. With -E 1 both
// kinds are served. A client that does not trust the certificate is
// refused.
func TestTLS(t *testing.T) {
	dir := t.TempDir()
	certs(t, dir)
	env := func(vars ...string) []string { return append([]string{"env"}, vars...) }
	srvEnv := env("KX_SSL_CERT_FILE="+filepath.Join(dir, "server.pem"), "KX_SSL_KEY_FILE="+filepath.Join(dir, "server-key.pem"))
	cliEnv := env("KX_SSL_CA_CERT_FILE=" + filepath.Join(dir, "ca.pem"))
	for _, mode := range []string{"2", "1"} {
		t.Run("-E "+mode, func(t *testing.T) {
			srv := serverWrapped(t, "", "server", srvEnv, []string{"-E", mode})
			srv.send(`-1 "mode ",string system "E";`)
			srv.waitText(t, "mode "+mode+"\n")
			cli := startWrapped(t, "", "client", cliEnv)
			cli.send("h:hopen `:tcps://127.0.0.1:" + srv.port)
			cli.send(`-1 "tls ",string h"6*7";`)
			cli.waitText(t, "tls 42\n")
			cli.send(`-1 "plain ",@[{string hopen x;"open"};` + srv.port + `;{"refused"}];`)
			want := map[string]string{"2": "plain refused\n", "1": "plain open\n"}[mode]
			cli.waitText(t, want)
		})
	}
	// no trust in the server's authority: refused
	srv := serverWrapped(t, "", "server", srvEnv, []string{"-E", "2"})
	cli := start(t, "client")
	cli.send(`-1 "untrusted ",@[{hopen x;"open"};` + "`:tcps://127.0.0.1:" + srv.port + `;{"refused"}];`)
	cli.waitText(t, "untrusted refused\n")
}

// A server listens on kdb+'s Unix socket beside its TCP port:
// `:unix://port reaches it, and .z.a is 0 there, as in q.
func TestUnixSocket(t *testing.T) {
	srv := server(t, "server", nil)
	cli := start(t, "client")
	cli.send("h:hopen `:unix://" + srv.port)
	cli.send(`-1 "unix ",(string h"6*7")," ",string h".z.a";`)
	cli.waitText(t, "unix 42 0\n")
	cli.send("t:hopen " + srv.port)
	cli.send(`-1 "tcp ",string t".z.a";`)
	cli.waitText(t, "tcp 2130706433\n")
}

// nodeqTLSScript connects KX's node-q to a qgo server over TLS, trusting
// the test's authority, and runs a query.
const nodeqTLSScript = `
const nodeq = require('node-q');
const fs = require('fs');
const port = +process.argv[2];
function run(params, name, next) {
  nodeq.connect(params, (err, con) => {
    if (err) { console.log(name + ' ERR ' + err); process.exit(1); }
    con.k('6*7', (err, res) => {
      console.log(name + ' ' + (err ? 'ERR ' + err : res));
      con.close(next);
    });
  });
}
run({host: '127.0.0.1', port: port, useTLS: true, ca: fs.readFileSync(process.argv[3])}, 'tls', () => process.exit(0));
`

// KX's node-q speaks TLS to a qgo server in TLS mode (-E 1). It needs
// QGO_NODEQ (.ci/run installs node-q).
func TestNodeQTLS(t *testing.T) {
	dir := os.Getenv("QGO_NODEQ")
	if dir == "" {
		t.Skip("QGO_NODEQ not set (.ci/run installs node-q and sets it)")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatalf("QGO_NODEQ is set but there is no node: %v", err)
	}
	certDir := t.TempDir()
	certs(t, certDir)
	srv := serverWrapped(t, "", "server", []string{"env",
		"KX_SSL_CERT_FILE=" + filepath.Join(certDir, "server.pem"),
		"KX_SSL_KEY_FILE=" + filepath.Join(certDir, "server-key.pem")}, []string{"-E", "1"})
	script := filepath.Join(t.TempDir(), "tls.js")
	if err := os.WriteFile(script, []byte(nodeqTLSScript), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, script, srv.port, filepath.Join(certDir, "ca.pem"))
	cmd.Env = append(os.Environ(), "NODE_PATH="+filepath.Join(dir, "node_modules"))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	if got := string(out); got != "tls 42\n" {
		t.Errorf("node-q:\n%s", got)
	}
}
