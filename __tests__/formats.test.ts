import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { assertSize, loadParsers, parseResults } from '../src/formats/registry.js';
import { expandPatterns } from '../src/io/glob.js';
import { readResultFiles } from '../src/io/result-files.js';
import type { Benchmark } from '../src/model.js';
import { expectClose, fixture, FIXTURES } from './helpers.js';

function byName(benchmarks: Benchmark[], name: string): Benchmark {
  const b = benchmarks.find((x) => x.name === name);
  if (!b) throw new Error(`no benchmark ${name} in ${benchmarks.map((x) => x.name).join(', ')}`);
  return b;
}

/** Rows of pytest-benchmark's console table: name → printed columns (in the table's time unit). */
function pytestTable(text: string): Map<string, { unit: string; cols: Record<string, number> }> {
  const rows = new Map<string, { unit: string; cols: Record<string, number> }>();
  let unit = 's';
  let headers: string[] = [];
  for (const line of text.split('\n')) {
    const head = /^Name \(time in (\w+)\)\s+(.*)$/.exec(line);
    if (head) {
      unit = head[1]!;
      headers = head[2]!.trim().split(/\s+/);
      continue;
    }
    const row = /^(test_\S+)\s+(.*)$/.exec(line);
    if (!row || headers.length === 0) continue;
    const numbers = row[2]!
      .replace(/\([^)]*\)/g, '')
      .trim()
      .split(/\s+/)
      .map((n) => Number(n.replace(/,/g, '')));
    rows.set(row[1]!, { unit, cols: Object.fromEntries(headers.map((h, i) => [h, numbers[i]!])) });
  }
  return rows;
}

const US = { us: 1e-6, ns: 1e-9, ms: 1e-3, s: 1 } as Record<string, number>;

describe('pytest-benchmark', () => {
  for (const version of ['5.2.3', '3.2.2']) {
    it(`matches the means pytest-benchmark ${version} printed, keeps samples, extra_info and params`, () => {
      const { tool, benchmarks } = parseResults(fixture(`pytest/pytest-benchmark-${version}.json`), 'bench.json');
      expect(tool).toBe('pytest');
      const table = pytestTable(fixture(`pytest/pytest-benchmark-${version}.console.txt`));
      expect(table.size).toBe(5);
      for (const [name, row] of table) {
        const time = byName(benchmarks, name).metrics.time!;
        expectClose(time.value, row.cols.Mean! * US[row.unit]!, 1e-4);
        expect(time.samples).toHaveLength(row.cols.Rounds!);
        expectClose(Math.min(...time.samples!), row.cols.Min! * US[row.unit]!, 1e-4);
      }
      const dag = byName(benchmarks, 'test_dag_creation_performance[50-100]');
      expect(dag.group).toBe('causal_inference');
      expect(dag.params).toEqual({ nodes: 50, edges: 100 });
      expect(dag.metrics.memory_peak).toMatchObject({ unit: 'bytes', direction: 'smaller' });
      const intervention = byName(benchmarks, 'test_intervention_performance');
      expect(intervention.metrics.accuracy).toEqual({ value: 0.976, unit: 'ratio', direction: 'bigger' });
      expect(intervention.metrics.note).toBeUndefined();
    });
  }
});

describe('benny', () => {
  it('converts ops/s to seconds per op (without details)', () => {
    const json = JSON.parse(fixture('benny/benny.json'));
    const { tool, benchmarks } = parseResults(fixture('benny/benny.json'), 'b.json');
    expect(tool).toBe('benny');
    expect(benchmarks).toHaveLength(3);
    for (const r of json.results) {
      const time = byName(benchmarks, r.name).metrics.time!;
      expectClose(time.value, 1 / r.ops, 1e-6);
      expect(time.samples).toBeUndefined();
      expect(byName(benchmarks, r.name).group).toBe('causal gym');
    }
  });
  it('uses sampleResults as samples with details: true', () => {
    const json = JSON.parse(fixture('benny/benny-details.json'));
    const { benchmarks } = parseResults(fixture('benny/benny-details.json'), 'b.json');
    for (const r of json.results) {
      const time = byName(benchmarks, r.name).metrics.time!;
      expect(time.samples).toEqual(r.details.sampleResults);
      expect(time.samples).toHaveLength(r.samples);
      expectClose(time.value, 1 / r.ops, 1e-5);
    }
  });
});

describe('benchmark.js console', () => {
  it('reads every "x N ops/sec" line', () => {
    const { tool, benchmarks } = parseResults(fixture('benchmarkjs/benchmarkjs-2.1.4.txt'), 'out.txt');
    expect(tool).toBe('benchmarkjs');
    expect(benchmarks.map((b) => b.name)).toEqual(['DAG#creation 10 nodes', 'DAG#creation 1000 nodes', 'String#indexOf "do(x)"']);
    expectClose(byName(benchmarks, 'DAG#creation 1000 nodes').metrics.time!.value, 1 / 34811, 1e-9);
    expect(byName(benchmarks, 'DAG#creation 1000 nodes').metrics.time!.n).toBe(100);
  });
});

describe('BenchmarkTools.jl saved results (#28 item 6)', () => {
  it('names each TrialEstimate by its group path, time in ns, memory and allocations beside it', () => {
    const { tool, benchmarks } = parseResults(fixture('julia/benchmarktools-1.0.0.json'), 'out.json');
    expect(tool).toBe('julia');
    expect(benchmarks.map((b) => b.name).sort()).toEqual(['fib/10', 'fib/20']);
    expectClose(byName(benchmarks, 'fib/20').metrics.time!.value, 31028e-9, 1e-9);
    expectClose(byName(benchmarks, 'fib/10').metrics.time!.value, 246.0384615e-9, 1e-9);
    expect(byName(benchmarks, 'fib/20').metrics.memory_alloc).toEqual({ value: 0, unit: 'bytes', direction: 'smaller' });
    expect(byName(benchmarks, 'fib/20').metrics.allocs).toEqual({ value: 0, unit: 'allocs', direction: 'smaller' });
  });
  it('reads raw Trials as samples, and names the place of bad content', () => {
    const [header, groups] = JSON.parse(fixture('julia/benchmarktools-1.0.0.json')) as [object, unknown[]];
    const trial = [
      'BenchmarkGroup',
      { data: { dag: ['Trial', { times: [1200, 1000, 1100], memory: 64, allocs: 2 }] }, tags: [] },
    ];
    const { benchmarks } = parseResults(JSON.stringify([header, [...groups, trial]]), 'raw.json');
    const dag = byName(benchmarks, 'dag').metrics.time!;
    expect(dag.samples).toEqual([1200e-9, 1000e-9, 1100e-9].map((x) => expect.closeTo(x, 15)));
    expectClose(dag.value, 1100e-9, 1e-9);
    const bad = ['BenchmarkGroup', { data: { dag: ['TrialEstimate', { time: 'fast' }] } }];
    expect(() => parseResults(JSON.stringify([header, [bad]]), 'bad.json')).toThrow(
      'bad.json: [1][0].data["dag"].time: expected a finite number, got "fast"',
    );
  });
});

describe("Luau's bench.py (benchmarkluau, #28 item 6)", () => {
  it('reads every SUCCESS line with its relative standard deviation', () => {
    const { tool, benchmarks } = parseResults(fixture('benchmarkluau/bench-py.txt'), 'out.txt');
    expect(tool).toBe('benchmarkluau');
    expect(benchmarks.map((b) => b.name)).toEqual(['base64', 'chess', 'life']);
    const chess = byName(benchmarks, 'chess').metrics.time!;
    expectClose(chess.value, 69.56e-3, 1e-9);
    expectClose(chess.stddev!, 0.00212 * 69.56e-3, 1e-9);
  });
  it('names the driver where one file holds several', () => {
    const text = fixture('benchmarkluau/bench-py.txt') + '\nSUCCESS: chess : 30.100ms +/- 1.000% on luau-jit\n';
    const names = parseResults(text, 'out.txt').benchmarks.map((b) => b.name);
    expect(names).toContain('chess (luau)');
    expect(names).toContain('chess (luau-jit)');
  });
});

describe('go test -bench', () => {
  const { tool, benchmarks } = parseResults(fixture('go/go-test-bench.txt'), 'go.txt');
  it('groups -count repetitions into samples per unit', () => {
    expect(tool).toBe('go');
    const b = byName(benchmarks, 'BenchmarkBuild/nodes=100');
    expect(b.metrics.time!.samples).toEqual([1465e-9, 1590e-9, 1992e-9].map((x) => expect.closeTo(x, 15)));
    expectClose(b.metrics.time!.value, ((1465 + 1590 + 1992) / 3) * 1e-9, 1e-12);
    expect(b.metrics.memory_alloc).toMatchObject({ value: 3480, unit: 'bytes', direction: 'smaller' });
    expect(b.metrics.allocs!.value).toBe(100);
    expect(b.group).toBe('example.com/causalgym/dag');
    expect(b.params).toEqual({ procs: 2 });
  });
  it('turns custom ReportMetric units and MB/s into metrics', () => {
    const acc = byName(benchmarks, 'BenchmarkAccuracy');
    expect(acc.metrics.accuracy).toMatchObject({ value: 1, direction: 'bigger' });
    expect(acc.metrics['nodes/op']).toMatchObject({ value: 20, direction: 'smaller' });
    const doBench = byName(benchmarks, 'BenchmarkDo');
    expect(doBench.group).toBe('example.com/causalgym/intervene');
    expect(doBench.metrics.throughput).toMatchObject({ unit: 'MB/s', direction: 'bigger' });
    expectClose(doBench.metrics.throughput!.value, (113.46 + 147.67 + 110.82) / 3, 1e-9);
  });
  it('qualifies a benchmark name found in two packages by its package', () => {
    const text = 'pkg: a/x\nBenchmarkSame-2  10  5 ns/op\npkg: a/y\nBenchmarkSame-2  10  7 ns/op\n';
    expect(parseResults(text, 't').benchmarks.map((b) => b.name)).toEqual(['a/x.BenchmarkSame', 'a/y.BenchmarkSame']);
  });
});

describe('Google Benchmark JSON', () => {
  const { tool, benchmarks } = parseResults(fixture('googlebench/googlebench-1.7.1.json'), 'gb.json');
  it('uses iteration rows as samples and does not duplicate aggregates', () => {
    expect(tool).toBe('googlebenchmark');
    expect(benchmarks.map((b) => b.name)).toEqual(['BM_DagBuild/10', 'BM_DagBuild/100', 'BM_Intervene']);
    const b = byName(benchmarks, 'BM_DagBuild/100');
    expect(b.metrics.time!.samples).toHaveLength(3);
    const json = JSON.parse(fixture('googlebench/googlebench-1.7.1.json'));
    const meanRow = json.benchmarks.find((r: { name: string }) => r.name === 'BM_DagBuild/100/repeats:3_mean');
    expectClose(b.metrics.time!.value, meanRow.real_time * 1e-9, 1e-9);
    expect(b.metrics.accuracy).toMatchObject({ value: 0.98, direction: 'bigger' });
  });
  it('matches the console figures (microsecond unit included)', () => {
    // The console line "BM_Intervene   0.005 us" rounds; compare at its precision.
    const row = /^BM_Intervene\s+([\d.]+) us/m.exec(fixture('googlebench/googlebench-1.7.1.console.txt'))!;
    expect(byName(benchmarks, 'BM_Intervene').metrics.time!.value).toBeCloseTo(Number(row[1]) * 1e-6, 8);
  });
});

describe('hyperfine', () => {
  it('reads times as samples; mean matches the printed "Time (mean ± σ)"', () => {
    const { tool, benchmarks } = parseResults(fixture('hyperfine/hyperfine-1.15.0.json'), 'h.json');
    expect(tool).toBe('hyperfine');
    const printed = [...fixture('hyperfine/hyperfine-1.15.0.console.txt').matchAll(/Time \(mean ± σ\):\s+([\d.]+) ms/g)].map(
      (m) => Number(m[1]),
    );
    expect(benchmarks.map((b) => b.name)).toEqual(['sleep 0.01', 'sh -c "seq 1 20000 > /dev/null"']);
    benchmarks.forEach((b, i) => {
      expect(b.metrics.time!.value * 1e3).toBeCloseTo(printed[i]!, 1);
      expect(b.metrics.time!.samples).toHaveLength(8);
    });
  });
  it('reads memory_usage_byte (newer hyperfine) as memory_peak', () => {
    const text = JSON.stringify({ results: [{ command: 'x', mean: 0.1, times: [0.1, 0.1], memory_usage_byte: [1000, 3000] }] });
    expect(parseResults(text, 'h.json').benchmarks[0]!.metrics.memory_peak).toMatchObject({ value: 3000, unit: 'bytes' });
  });
});

describe('Catch2', () => {
  it('parses the console table with units and test-case groups', () => {
    const { tool, benchmarks } = parseResults(fixture('catch2/catch2-2.13.10.console.txt'), 'c.txt');
    expect(tool).toBe('catch2');
    expect(benchmarks.map((b) => [b.group, b.name])).toEqual([
      ['DAG construction', 'build 10 nodes'],
      ['DAG construction', 'build 100 nodes'],
      ['Intervention', 'do(n25) cuts parents'],
    ]);
    expectClose(byName(benchmarks, 'build 100 nodes').metrics.time!.value, 2.50133e-6, 1e-9);
    expectClose(byName(benchmarks, 'build 10 nodes').metrics.time!.stddev!, 12.2364e-9, 1e-9);
  });
  it('parses the XML reporter, loading the XML parser only for a file that needs it', async () => {
    const text = fixture('catch2/catch2-2.13.10.xml');
    // Loading for other formats' files leaves it out: parsing Catch2 XML then is a programming error.
    await loadParsers(fixture('catch2/catch2-2.13.10.console.txt'), 'c.txt');
    await loadParsers(fixture('pytest/pytest-benchmark-5.2.3.json'), 'p.json', 'pytest');
    expect(() => parseResults(text, 'c.xml')).toThrow(/the XML parser is not loaded/);
    // The reader loads it for this file, named as the tool option (any case, spaces around) or detected.
    const named = await readResultFiles([join(FIXTURES, 'catch2', 'catch2-2.13.10.xml')], ' Catch2-XML ');
    expect(named.benchmarks.length).toBeGreaterThan(0);
    const read = await readResultFiles([join(FIXTURES, 'catch2', 'catch2-2.13.10.xml')]);
    expect(read.benchmarks).toEqual(named.benchmarks);
    const { tool, benchmarks } = parseResults(text, 'c.xml');
    expect(tool).toBe('catch2-xml');
    expectClose(byName(benchmarks, 'do(n25) cuts parents').metrics.time!.value, 1110.25e-9, 1e-9);
    expect(byName(benchmarks, 'build 10 nodes').group).toBe('DAG construction');
  });
});

describe('cargo bench (bencher format)', () => {
  it('reads ns/iter with thousands separators', () => {
    const { tool, benchmarks } = parseResults(fixture('cargo/cargo-bench-1.95.0.txt'), 'cargo.txt');
    expect(tool).toBe('cargo');
    expectClose(byName(benchmarks, 'build_1000_nodes').metrics.time!.value, 15131.43e-9, 1e-9);
    expect(benchmarks).toHaveLength(3);
    // "(+/- d)" is a spread, not samples: no sample count is invented (#28 item 11).
    for (const b of benchmarks) {
      expect(b.metrics.time!.n).toBeUndefined();
      expect(b.metrics.time!.samples).toBeUndefined();
      expect(b.metrics.time!.stddev).toBeGreaterThan(0);
    }
  });
});

describe('JMH', () => {
  it('inverts throughput modes and keeps time modes; rawData become samples', () => {
    const { tool, benchmarks } = parseResults(fixture('jmh/jmh-thrpt-and-avgt.json'), 'jmh.json');
    expect(tool).toBe('jmh');
    const thrpt = byName(benchmarks, 'org.causalgym.DagBench.build [nodes=100]');
    expectClose(thrpt.metrics.time!.value, 1 / 412345.678, 1e-9);
    expect(thrpt.metrics.time!.samples).toHaveLength(6);
    expectClose(thrpt.metrics.time!.samples![0]!, 1 / 401000, 1e-9);
    expect(thrpt.metrics.memory_alloc!.value).toBe(3480);
    const avgt = byName(benchmarks, 'org.causalgym.InterventionBench.doOperator');
    expectClose(avgt.metrics.time!.value, 1.25e-6, 1e-9);
  });
});

describe('BenchmarkDotNet', () => {
  it('reads nanoseconds, OriginalValues and allocated bytes', () => {
    const { tool, benchmarks } = parseResults(fixture('benchmarkdotnet/bdn-report-full.json'), 'bdn.json');
    expect(tool).toBe('benchmarkdotnet');
    const build = byName(benchmarks, 'CausalGym.Benchmarks.DagBench.Build(Nodes=100)');
    expectClose(build.metrics.time!.value, 2037.6e-9, 1e-9);
    expect(build.metrics.time!.samples).toHaveLength(5);
    expect(build.metrics.memory_alloc!.value).toBe(3480);
    expect(byName(benchmarks, 'CausalGym.Benchmarks.DagBench.Intervene').metrics.time!.stddev).toBeCloseTo(8.5e-9, 15);
  });
});

describe('custom (normalized) JSON', () => {
  it('round-trips the documented model', () => {
    const { tool, benchmarks } = parseResults(fixture('custom/causal-gym.json'), 'c.json');
    expect(tool).toBe('custom');
    expect(benchmarks).toEqual(JSON.parse(fixture('custom/causal-gym.json')).benchmarks);
  });
  it('names the bad key', () => {
    const bad = { benchmarks: [{ name: 'a', metrics: { time: { value: 1, unit: 's', direction: 'faster' } } }] };
    expect(() => parseResults(JSON.stringify(bad), 'c.json', 'custom')).toThrow(
      'c.json: benchmarks[0].metrics.time.direction: expected one of "smaller", "bigger"',
    );
  });
});

describe('bad input', () => {
  it.each([
    ['an empty file', '', 'x.json: the file is empty; expected benchmark results'],
    ['whitespace only', '  \n', 'x.json: the file is empty'],
    [
      'truncated JSON',
      fixture('pytest/pytest-benchmark-5.2.3.json').slice(0, 500),
      /x\.json: line \d+, column \d+: the JSON ends early \(truncated file\?\)/,
    ],
    [
      'NaN in JSON',
      '{"benchmarks": [{"name": "a", "metrics": {"time": {"value": NaN}}}]}',
      'x.json: line 1, column 61: expected a number, got NaN (not a valid measurement)',
    ],
    ['an unknown format', 'hello world\n', 'x.json: unknown result format; expected one of: pytest'],
    [
      'negative time',
      '{"benchmarks":[{"name":"a","metrics":{"time":{"value":-1,"unit":"s","direction":"smaller"}}}]}',
      'x.json: benchmark "a" metric "time": expected a non-negative time, got -1',
    ],
    [
      'duplicate names',
      '{"benchmarks":[{"name":"a","metrics":{"m":{"value":1,"unit":"","direction":"smaller"}}},{"name":"a","metrics":{"m":{"value":1,"unit":"","direction":"smaller"}}}]}',
      'x.json: benchmark "a" appears twice',
    ],
    ['no benchmarks', '{"benchmarks": []}', 'x.json: expected at least one benchmark, found none'],
  ])('%s gets one message naming the file and place', (_label, text, message) => {
    expect(() => parseResults(text, 'x.json')).toThrow(message);
  });

  it('rejects Infinity in a pytest stats block', () => {
    const text = fixture('pytest/pytest-benchmark-5.2.3.json').replace(/"mean": [\d.e-]+/, '"mean": Infinity');
    expect(() => parseResults(text, 'p.json')).toThrow(/p\.json: line \d+, column \d+: expected a number, got Infinity/);
  });

  it('says so when --tool names the wrong format', () => {
    expect(() => parseResults(fixture('go/go-test-bench.txt'), 'go.txt', 'pytest')).toThrow(
      'go.txt: this does not look like pytest-benchmark --benchmark-json output (--tool pytest)',
    );
  });

  it('rejects a file over the size limit before parsing it', () => {
    expect(() => assertSize(600 * 2 ** 20, 'big.json')).toThrow(
      'big.json: the file is 600 MiB; expected a result file under 512 MiB',
    );
    expect(() => assertSize(2 ** 20, 'ok.json')).not.toThrow();
  });

  it('rejects an unknown tool name', () => {
    expect(() => parseResults('{}', 'x', 'nosuchtool')).toThrow('unknown tool "nosuchtool"; expected one of: pytest,');
  });

  it('detects every fixture as its own format (no adapter steals another)', async () => {
    await loadParsers(fixture('catch2/catch2-2.13.10.xml'), 'c.xml', 'catch2-xml');
    const cases: [string, string][] = [
      ['pytest/pytest-benchmark-5.2.3.json', 'pytest'],
      ['benny/benny.json', 'benny'],
      ['benchmarkjs/benchmarkjs-2.1.4.txt', 'benchmarkjs'],
      ['go/go-test-bench.txt', 'go'],
      ['googlebench/googlebench-1.7.1.json', 'googlebenchmark'],
      ['hyperfine/hyperfine-1.15.0.json', 'hyperfine'],
      ['catch2/catch2-2.13.10.console.txt', 'catch2'],
      ['catch2/catch2-2.13.10.xml', 'catch2-xml'],
      ['cargo/cargo-bench-1.95.0.txt', 'cargo'],
      ['jmh/jmh-thrpt-and-avgt.json', 'jmh'],
      ['benchmarkdotnet/bdn-report-full.json', 'benchmarkdotnet'],
      ['custom/causal-gym.json', 'custom'],
      ['julia/benchmarktools-1.0.0.json', 'julia'],
      ['benchmarkluau/bench-py.txt', 'benchmarkluau'],
    ];
    for (const [file, tool] of cases) expect([file, parseResults(fixture(file), file).tool]).toEqual([file, tool]);
  });
});

describe("github-action-benchmark's custom JSON (customSmallerIsBetter / customBiggerIsBetter)", () => {
  // Written in the shape its README documents: the file is the user's own, no tool prints it.
  it('reads the list with the direction its tool name gives, time-like units as time', () => {
    const smaller = parseResults(fixture('custom-peer/smaller.json'), 'smaller.json', 'customSmallerIsBetter');
    expect(smaller.tool).toBe('customSmallerIsBetter');
    // "ms" with "± 0.4": seconds per op, the range (in the same unit) as its spread; the gate's time rule applies.
    expect(byName(smaller.benchmarks, 'Causal gym - DAG build').metrics.time).toEqual({
      value: 0.0125,
      unit: 's',
      direction: 'smaller',
      stddev: 0.0004,
    });
    expect(byName(smaller.benchmarks, 'Causal gym - CPU Load').metrics.value).toEqual({
      value: 50,
      unit: 'Percent',
      direction: 'smaller',
    });
    expect(byName(smaller.benchmarks, 'Causal gym - peak memory').metrics.memory).toMatchObject({
      value: 120,
      direction: 'smaller',
    });
    const bigger = parseResults(fixture('custom-peer/bigger.json'), 'bigger.json', 'customBiggerIsBetter');
    expect(byName(bigger.benchmarks, 'Interventional accuracy').metrics.value).toEqual({
      value: 0.97,
      unit: 'ratio',
      direction: 'bigger',
    });
    // A throughput is a time per op, inverted, with the gate's time rule (#28 item 4): 1500 ops/sec ± 2 %.
    const throughput = byName(bigger.benchmarks, 'Throughput').metrics.time!;
    expect(throughput).toMatchObject({ unit: 's', direction: 'smaller' });
    expect(throughput.value).toBeCloseTo(1 / 1500, 12);
    expect(throughput.stddev! / throughput.value).toBeCloseTo(0.02, 12);
    expect(byName(bigger.benchmarks, 'Throughput').metrics.value).toBeUndefined();
    // customSmallerIsBetter in seconds is a time too; a throughput named smaller-is-better contradicts
    // itself and stays the user's own figure.
    const words = parseResults(
      JSON.stringify([
        { name: 'step', unit: 'seconds', value: 2.5 },
        { name: 'rate', unit: 'ops/sec', value: 10 },
      ]),
      'words.json',
      'customSmallerIsBetter',
    );
    expect(byName(words.benchmarks, 'step').metrics.time).toEqual({ value: 2.5, unit: 's', direction: 'smaller' });
    expect(byName(words.benchmarks, 'rate').metrics.value).toMatchObject({ value: 10, direction: 'smaller' });
  });
  it('is never guessed: without the tool name, the error says which two names to choose from', () => {
    expect(() => parseResults(fixture('custom-peer/smaller.json'), 'smaller.json')).toThrow(
      /smaller\.json: unknown result format; .*name its direction with tool: customSmallerIsBetter or customBiggerIsBetter/,
    );
    expect(() => parseResults('[{"name":"x","unit":"ms","value":"fast"}]', 'bad.json', 'customSmallerIsBetter')).toThrow(
      'bad.json: [0].value: expected a number, got "fast"',
    );
  });
});

describe('one naming rule for pytest benchmarks', () => {
  it('names an imported github-action-benchmark pytest history as the pytest parser names the same tests', async () => {
    const { importBenchmarkActionData } = await import('../src/history/import.js');
    const runs = importBenchmarkActionData(fixture('github-action-benchmark/data.js'), 'data.js');
    const imported = runs
      .find((r) => r.suite === 'Python Benchmark with pytest-benchmark')!
      .results.benchmarks.map((b) => b.name);
    expect(imported).toEqual(['test_dag_creation_performance']);
    // The same test as pytest-benchmark writes it: a short name, and the fullname the peer stored.
    const json = JSON.parse(fixture('pytest/pytest-benchmark-5.2.3.json'));
    json.benchmarks = [
      {
        ...json.benchmarks[0],
        name: 'test_dag_creation_performance',
        fullname: 'tests/benchmarks/test_causal.py::test_dag_creation_performance',
      },
    ];
    const parsed = parseResults(JSON.stringify(json), 'r.json').benchmarks.map((b) => b.name);
    expect(parsed).toEqual(imported);
  });
});

describe('Criterion.rs (real target/criterion from criterion 0.3.6)', () => {
  const dir = join(FIXTURES, 'criterion', '0.3.6');
  // "topological_sort/50x100 time:   [1.0904 µs 1.1223 µs 1.1623 µs]" → name, typical figure in seconds.
  const printed = new Map(
    [...fixture('criterion/0.3.6/cargo-bench.console.txt').matchAll(/^(\S+)\s+time:\s+\[\S+ \S+ ([\d.]+) (ns|µs|ms)/gm)].map(
      (m) => [m[1]!, Number(m[2]) * ({ ns: 1e-9, µs: 1e-6, ms: 1e-3 } as Record<string, number>)[m[3]!]!],
    ),
  );

  it('reads new/estimates.json with its benchmark.json and sample.json beside it, as a glob matches them', async () => {
    const files = await expandPatterns(['criterion/**/new/estimates.json'], dir, (p) => `no match for ${p}`);
    const set = await readResultFiles(files);
    expect(set.run?.tool).toBe('criterion');
    expect(set.benchmarks.map((b) => b.name).sort()).toEqual([
      'build_dag_small',
      'topological_sort/100x200',
      'topological_sort/50x100',
    ]);
    expect(printed.size).toBe(3);
    for (const b of set.benchmarks) {
      const time = b.metrics.time!;
      // The printed figure has 5 significant digits.
      expect(Math.abs(time.value / printed.get(b.name)! - 1)).toBeLessThan(1e-4);
      expect(time.samples).toHaveLength(20);
      // Criterion's mean estimate is the mean of times ÷ iters, the samples here.
      const est = JSON.parse(readFileSync(join(dirname(files.find((f) => f.includes(b.name))!), 'estimates.json'), 'utf8'));
      const mean = time.samples!.reduce((a, c) => a + c, 0) / time.samples!.length;
      expect(mean / (est.mean.point_estimate * 1e-9)).toBeCloseTo(1, 9);
    }
    expect(byName(set.benchmarks, 'topological_sort/50x100').group).toBe('topological_sort');
    expect(byName(set.benchmarks, 'build_dag_small').group).toBeUndefined();
  });

  it('names the benchmark from its folder and uses std_dev when estimates.json comes alone', () => {
    const path = 'target/criterion/topological_sort/100x200/new/estimates.json';
    const text = fixture('criterion/0.3.6/criterion/topological_sort/100x200/new/estimates.json');
    const [b] = parseResults(text, path).benchmarks;
    expect(b!.name).toBe('topological_sort/100x200');
    expect(b!.metrics.time!.samples).toBeUndefined();
    expect(b!.metrics.time!.stddev! * 1e9).toBeCloseTo(JSON.parse(text).std_dev.point_estimate, 6);
    expect(() => parseResults(text, 'results/estimates.json', 'criterion')).toThrow(
      /results\/estimates\.json: expected benchmark\.json next to estimates\.json/,
    );
  });

  it('refuses base/ with new/ (the same benchmark twice, both files named) and explains change/', async () => {
    const both = await expandPatterns(['criterion/build_dag_small/{base,new}/estimates.json'], dir, (p) => p);
    expect(both).toHaveLength(2);
    await expect(readResultFiles(both)).rejects.toThrow(
      /new\/estimates\.json: benchmark "build_dag_small" is also in .*base\/estimates\.json/,
    );
    const change = await expandPatterns(['criterion/build_dag_small/change/estimates.json'], dir, (p) => p);
    await expect(readResultFiles(change)).rejects.toThrow(/change\/estimates\.json: this is criterion's change\/estimates\.json/);
  });

  it('reads cargo criterion --message-format=json (documented shape): the same benchmarks and samples', async () => {
    const { tool, benchmarks } = parseResults(fixture('criterion/cargo-criterion-messages.jsonl'), 'c.jsonl');
    expect(tool).toBe('criterion');
    const files = await expandPatterns(['criterion/**/new/estimates.json'], dir, (p) => p);
    const fromFiles = (await readResultFiles(files)).benchmarks;
    expect(benchmarks.map((b) => b.name).sort()).toEqual(fromFiles.map((b) => b.name).sort());
    for (const b of benchmarks) {
      const other = byName(fromFiles, b.name).metrics.time!;
      expect(b.metrics.time!.samples).toEqual(other.samples);
      expect(b.metrics.time!.value).toBeCloseTo(other.value, 15);
    }
  });

  it('names the line of a cut-off message', () => {
    const lines = fixture('criterion/cargo-criterion-messages.jsonl').split('\n');
    const cut = [lines[0], lines[1]!.slice(0, 80)].join('\n');
    expect(() => parseResults(cut, 'c.jsonl', 'criterion')).toThrow(
      'c.jsonl: line 2: expected one whole JSON object per line, as on the lines before',
    );
  });
});
