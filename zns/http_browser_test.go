package zns

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// browserPage is served from .h.HOME. In an iframe it loads the default
// page (.z.ph's frameset: the variables on the left, the first one on
// the right), clicks the link to v, as a person would, and waits for
// the right frame to show it; then it opens a WebSocket, sends a query
// to .z.ws and waits for the reply. It reports what it saw over another
// WebSocket, as "report {json}".
const browserPage = `<html><body>
<iframe id="f" src="/" width="800" height="300"></iframe>
<pre id="out">waiting</pre>
<script>
var out = document.getElementById("out"), f = document.getElementById("f"), steps = [];
function report(r) {
  r.steps = steps;
  var ws = new WebSocket("ws://" + location.host + "/");
  ws.onopen = function () { ws.send("report " + JSON.stringify(r)); };
}
function fail(why) { out.textContent = "failed: " + why; report({error: why}); }
function poll(cond, then, what, n) {
  n = n || 0;
  var ok = false;
  try { ok = cond(); } catch (e) {}
  if (ok) { then(); return; }
  if (n > 2400) { fail("timed out waiting for " + what); return; }
  setTimeout(function () { poll(cond, then, what, n + 1); }, 50);
}
function frame(i) { return f.contentWindow.frames[i]; }
poll(function () {
  return f.contentWindow.frames.length == 2 && frame(0).document.readyState == "complete" &&
    frame(0).document.querySelectorAll("a").length == 2 && frame(1).document.body.textContent.indexOf("1 x") >= 0;
}, function () {
  steps.push("default page: links " + Array.from(frame(0).document.querySelectorAll("a"), function (a) { return a.textContent; }).join(" "));
  Array.from(frame(0).document.querySelectorAll("a")).filter(function (a) { return a.textContent == "v"; })[0].click();
  poll(function () { return frame(1).document.body.textContent.indexOf("42") >= 0; }, function () {
    steps.push("query v: " + frame(1).document.body.textContent.trim());
    var ws = new WebSocket("ws://" + location.host + "/");
    ws.onopen = function () { ws.send("sum 1 2 3"); };
    ws.onmessage = function (e) {
      out.textContent = e.data;
      ws.close();
      report({reply: e.data});
    };
    ws.onerror = function () { fail("websocket error"); };
  }, "the right frame to show v");
}, "the default page");
</script>
</body></html>
`

// chromium finds a Chromium to run: it skips the test when there is
// none, unless QGO_REQUIRE_CHROMIUM is set (as .ci/run sets it), when
// it fails.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("QGO_REQUIRE_CHROMIUM") != "" {
		t.Fatal("QGO_REQUIRE_CHROMIUM is set but no chromium is installed (.ci/run installs Debian's chromium)")
	}
	t.Skip("chromium is not installed: the browser test needs it (apt-get install -y chromium); .ci/run installs it")
	return ""
}

// runChromium starts a headless Chromium on url, as root may run it,
// with a fresh profile; extra flags come first. It returns the command
// (started) and its combined output. The browser and its children (its
// own process group) are killed when the test ends.
func runChromium(t *testing.T, bin, url string, extra ...string) (*exec.Cmd, *syncBuffer) {
	t.Helper()
	profile, err := os.MkdirTemp("", "qgo-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	args := append(extra, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--user-data-dir="+profile, url)
	cmd := exec.Command(bin, args...)
	out := &syncBuffer{}
	cmd.Stdout, cmd.Stderr = out, out
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	t.Cleanup(func() {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) // the group we made: the browser and its children
		select {
		case <-done:
		case <-time.After(10 * time.Second):
		}
		os.RemoveAll(profile)
	})
	return cmd, out
}

// Headless Chromium against qgo: --dump-dom of a query page, then a page
// that drives the default page (.z.ph) and a WebSocket (.z.ws) from its
// JavaScript.
func TestBrowserChromium(t *testing.T) {
	bin := chromium(t)
	p, _ := newWebProc(t, "server", Options{})
	home := t.TempDir()
	if err := os.WriteFile(filepath.Join(home, "browser.html"), []byte(browserPage), 0o644); err != nil {
		t.Fatal(err)
	}
	p.evals(t, "t:([]a:1 2 3;b:`x`y`z)", "v:42", fmt.Sprintf(".h.HOME:%q", home),
		`.test.report:()!()`, `.test.log:()`,
		".orig.zph:.z.ph", ".z.ph:{.test.log,:enlist first x;.orig.zph x}",
		`.z.ws:{$[x like"report *";.test.report:.j.k 7_x;neg[.z.w] .Q.s value x]}`)
	base := fmt.Sprintf("http://127.0.0.1:%d", p.port)

	// the DOM of a query's page, as the browser builds it
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	dump := exec.CommandContext(ctx, bin, "--dump-dom", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--user-data-dir="+t.TempDir(), base+"/?select%20from%20t%20where%20a%3E1")
	var stderr bytes.Buffer
	dump.Stderr = &stderr
	dom, err := dump.Output()
	if err != nil {
		t.Fatalf("chromium --dump-dom: %v\n%s", err, stderr.String())
	}
	if !strings.Contains(string(dom), "<pre>a b\n---\n2 y\n3 z\n</pre>") {
		t.Errorf("the query page's DOM:\n%s", dom)
	}

	// the default page and a WebSocket, driven by the page's JavaScript
	_, out := runChromium(t, bin, base+"/browser.html")
	deadline := time.Now().Add(3 * time.Minute)
	for p.eval(t, "count .test.report") == "0" {
		if time.Now().After(deadline) {
			t.Fatalf("no report from the page within 3 minutes; the server saw %s\nchromium said:\n%s", p.eval(t, "-3!.test.log"), out.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Logf("the page reported %s", p.eval(t, "-3!.test.report"))
	if p.eval(t, "`error in key .test.report") != "0b" || p.eval(t, `.test.report[`+"`reply]~\"6\\n\"") != "1b" {
		t.Errorf("the page reported %s", p.eval(t, "-3!.test.report"))
	}
	// the browser asked for the default page, its two frames and the
	// clicked query, through the wrapped .z.ph
	for _, q := range []string{`""`, `enlist"?"`, `"?t"`, `"?v"`} {
		if got := p.eval(t, fmt.Sprintf(`any(%s)~/:.test.log`, q)); got != "1b" {
			t.Errorf("the server never saw %s: %s", q, p.eval(t, "-3!.test.log"))
		}
	}
}
