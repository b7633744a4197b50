package intervene

import "testing"

func BenchmarkDo(b *testing.B) {
	g := make([][]int, 50)
	for i := 1; i < 50; i++ {
		g[i] = []int{i - 1}
	}
	b.SetBytes(int64(len(g)))
	for i := 0; i < b.N; i++ {
		c := make([][]int, len(g))
		copy(c, g)
		c[25] = nil
	}
}
