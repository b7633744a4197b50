// Real Catch2 v2 benchmark output (console and XML reporters) for fixtures.
#define CATCH_CONFIG_MAIN
#define CATCH_CONFIG_ENABLE_BENCHMARKING
#include <catch2/catch.hpp>
#include <vector>

static std::vector<std::vector<int>> build(int n) {
  std::vector<std::vector<int>> g(n);
  for (int i = 1; i < n; ++i) g[i].push_back(i - 1);
  return g;
}

TEST_CASE("DAG construction", "[causal]") {
  BENCHMARK("build 10 nodes") { return build(10); };
  BENCHMARK("build 100 nodes") { return build(100); };
}

TEST_CASE("Intervention", "[causal]") {
  auto g = build(50);
  BENCHMARK("do(n25) cuts parents") {
    auto c = g;
    c[25].clear();
    return c.size();
  };
}
