package dag

import (
	"fmt"
	"testing"
)

func build(n int) [][]int {
	g := make([][]int, n)
	for i := 1; i < n; i++ {
		g[i] = append(g[i], i-1)
	}
	return g
}

func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{10, 100} {
		b.Run(fmt.Sprintf("nodes=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				build(n)
			}
		})
	}
}

func BenchmarkAccuracy(b *testing.B) {
	hits := 0
	for i := 0; i < b.N; i++ {
		if len(build(20)) == 20 {
			hits++
		}
	}
	b.ReportMetric(float64(hits)/float64(b.N), "accuracy")
	b.ReportMetric(float64(20), "nodes/op")
}
