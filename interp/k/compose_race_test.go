package k

import (
	"sync"
	"testing"
)

// Sessions composing onto one composition at once (peach) each get
// their own function after it: the slots are taken by compare-and-swap.
func TestComposeConcurrent(t *testing.T) {
	var c Value = &Prim{T: FU, Name: "-:"}
	for range 10 {
		c = Compose(c, &Prim{T: FU, Name: "-:"})
	}
	base := c.(*Comp)
	var wg sync.WaitGroup
	out := make([]*Comp, 8)
	for i := range out {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f := &Prim{T: FU, Name: string(rune('a' + i))}
			out[i] = Compose(base, f)
			out[i] = Compose(f, out[i])
		}()
	}
	wg.Wait()
	for i, o := range out {
		name := string(rune('a' + i))
		if o.Fs[0].(*Prim).Name != name || o.Fs[len(o.Fs)-1].(*Prim).Name != name || len(o.Fs) != len(base.Fs)+2 {
			t.Errorf("composition %d: %v ... %v", i, o.Fs[0], o.Fs[len(o.Fs)-1])
		}
	}
}
