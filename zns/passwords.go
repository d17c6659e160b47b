// This file checks logins against a -u or -U password file.

package zns

import (
	"bufio"
	"crypto/md5"
	"crypto/sha1"
	"crypto/subtle"
	"encoding/hex"
	"os"
	"strings"
)

// checkPassword reports whether the password file at path lets user log
// in with password. The file holds one `user:password` a line; the
// password is written as it is, as the hex MD5 of it (raze string md5
// "pw"), or as its hex SHA-1 (-33!), as kdb+ accepts (cmdline.md, -U).
// An entry of 32 hex digits is an MD5 hash and one of 40 a SHA-1 hash:
// only the password whose hash it is logs in, never the hash itself (a
// client that learnt the file's contents must not log in with them).
// Any other entry is the password in plain text. The file is read at
// each login, so edits (and q's `\u`) take effect at once. An unreadable
// file lets nobody in. It runs on the loop goroutine.
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
		return passwordMatches(stored, password)
	}
	return false
}

// passwordMatches reports whether password is the one a password file
// entry stands for: the hex MD5 or SHA-1 of it, or itself in plain text.
func passwordMatches(stored, password string) bool {
	var sum []byte
	switch {
	case isHex(stored, md5.Size):
		h := md5.Sum([]byte(password))
		sum = h[:]
	case isHex(stored, sha1.Size):
		h := sha1.Sum([]byte(password))
		sum = h[:]
	default:
		return subtle.ConstantTimeCompare([]byte(stored), []byte(password)) == 1
	}
	want, _ := hex.DecodeString(stored)
	return subtle.ConstantTimeCompare(want, sum) == 1
}

// isHex reports whether s is the hex text of exactly n bytes.
func isHex(s string, n int) bool {
	if len(s) != 2*n {
		return false
	}
	_, err := hex.DecodeString(s)
	return err == nil
}
