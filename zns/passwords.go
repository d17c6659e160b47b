// This file checks logins against a -u or -U password file.

package zns

import (
	"bufio"
	"crypto/md5"
	"crypto/sha1"
	"encoding/hex"
	"os"
	"strings"
)

// checkPassword reports whether the password file at path lets user log
// in with password. The file holds one `user:password` a line; the
// password is written as it is, as the hex MD5 of it (raze string md5
// "pw"), or as its hex SHA-1 (-33!), as kdb+ accepts. The file is read
// at each login, so edits (and q's `\u`) take effect at once. An
// unreadable file lets nobody in. It runs on the loop goroutine.
func checkPassword(path, user, password string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		u, stored, ok := strings.Cut(strings.TrimRight(sc.Text(), "\r"), ":")
		if !ok || u != user {
			continue
		}
		if stored == password {
			return true
		}
		md := md5.Sum([]byte(password))
		sh := sha1.Sum([]byte(password))
		stored = strings.ToLower(stored)
		return stored == hex.EncodeToString(md[:]) || stored == hex.EncodeToString(sh[:])
	}
	return false
}
