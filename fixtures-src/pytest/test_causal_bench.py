"""Small causal-reasoning benchmarks used to produce real pytest-benchmark fixtures."""
import os
import random
import tracemalloc

import pytest


def make_dag(nodes, edges, seed=0):
    rnd = random.Random(seed)
    dag = {f"n{i}": [] for i in range(nodes)}
    added = 0
    while added < edges:
        a, b = sorted(rnd.sample(range(nodes), 2))
        if f"n{a}" not in dag[f"n{b}"]:
            dag[f"n{b}"].append(f"n{a}")
            added += 1
    return dag


def topo_order(dag):
    seen, order = set(), []

    def visit(n):
        if n in seen:
            return
        seen.add(n)
        for p in dag[n]:
            visit(p)
        order.append(n)

    for n in dag:
        visit(n)
    return order


def intervene(dag, **do):
    cut = {n: ([] if n in do else ps) for n, ps in dag.items()}
    if os.environ.get("CAUSAL_SLOW"):
        # A deliberate regression for fixtures: recompute the order twice.
        topo_order(cut)
    return topo_order(cut)


def slowed(name, function):
    """CAUSAL_EXTRA_WORK="test_name:1.02[,…]": that test's function does 1.02× its work on average
    (it runs once more on every 50th call): a small, real change for counting instructions. The
    wrapper is there either way, so its own cost is no part of the change."""
    factors = dict(
        (pair.split(":")[0], float(pair.split(":")[1]))
        for pair in os.environ.get("CAUSAL_EXTRA_WORK", "").split(",")
        if pair
    )
    extra = max(0.0, factors.get(name, 1.0) - 1.0)
    owed = [0.0]

    def run(*args, **kwargs):
        result = function(*args, **kwargs)
        owed[0] += extra
        while owed[0] >= 1:
            owed[0] -= 1
            function(*args, **kwargs)
        return result

    return run


@pytest.mark.benchmark(group="causal_inference")
@pytest.mark.parametrize("nodes,edges", [(10, 15), (50, 100), (100, 200)])
def test_dag_creation_performance(benchmark, nodes, edges):
    tracemalloc.start()
    dag = benchmark(make_dag, nodes, edges)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    benchmark.extra_info["memory_peak"] = peak
    assert len(dag) == nodes


@pytest.mark.benchmark(group="intervention")
def test_intervention_performance(benchmark):
    dag = make_dag(20, 40)
    order = benchmark(slowed("test_intervention_performance", intervene), dag, n10=1, n15=0)
    benchmark.extra_info["accuracy"] = 0.976
    benchmark.extra_info["note"] = "text extra_info is kept out of metrics"
    assert len(order) == 20


@pytest.mark.benchmark(group="metrics")
def test_metric_computation_performance(benchmark):
    rnd = random.Random(1)
    truth = [rnd.random() for _ in range(1000)]
    agent = [t + rnd.gauss(0, 0.05) for t in truth]

    def agreement():
        return sum(abs(a - t) < 0.1 for a, t in zip(agent, truth)) / len(truth)

    score = benchmark(slowed("test_metric_computation_performance", agreement))
    benchmark.extra_info["accuracy"] = score
    assert 0 <= score <= 1
