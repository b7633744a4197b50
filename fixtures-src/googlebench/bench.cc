// Real Google Benchmark output for fixtures: repetitions give iteration rows + aggregates.
#include <benchmark/benchmark.h>
#include <vector>

static void BM_DagBuild(benchmark::State& state) {
  for (auto _ : state) {
    std::vector<std::vector<int>> g(state.range(0));
    for (int i = 1; i < state.range(0); ++i) g[i].push_back(i - 1);
    benchmark::DoNotOptimize(g.data());
  }
  state.counters["accuracy"] = 0.98;
}
BENCHMARK(BM_DagBuild)->Arg(10)->Arg(100)->Repetitions(3);

static void BM_Intervene(benchmark::State& state) {
  std::vector<int> order(64);
  for (auto _ : state) {
    for (int i = 0; i < 64; ++i) order[i] = 63 - i;
    benchmark::ClobberMemory();
  }
}
BENCHMARK(BM_Intervene)->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
