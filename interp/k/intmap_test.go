package k

import "testing"

// TestIntMap adds keys past several growths, negative keys and the long
// null among them, and checks that GetOrPut keeps a key's first value
// and Get finds every key and no other.
func TestIntMap(t *testing.T) {
	var m IntMap
	if _, ok := m.Get(1); ok {
		t.Fatal("empty map has a key")
	}
	keys := []int64{NJ, -1, 0, 1 << 40}
	for i := int64(0); i < 5000; i++ {
		keys = append(keys, i*1024, -i*7-3)
	}
	for i, x := range keys {
		v, found := m.GetOrPut(x, int64(i))
		if found != (v != int64(i)) {
			t.Fatalf("GetOrPut(%d): %d %v", x, v, found)
		}
	}
	for i, x := range keys {
		v, ok := m.Get(x)
		if !ok || v > int64(i) || keys[v] != x {
			t.Fatalf("Get(%d) = %d %v", x, v, ok)
		}
	}
	if v, found := m.GetOrPut(0, 99); !found || v != 2 {
		t.Fatalf("GetOrPut of a key present: %d %v", v, found)
	}
	if _, ok := m.Get(12345678); ok {
		t.Fatal("found a key never added")
	}
	if m.Len() != len(keys)-1 { // 0 is both keys[2] and 0*1024
		t.Fatalf("Len %d, want %d", m.Len(), len(keys)-1)
	}
}
