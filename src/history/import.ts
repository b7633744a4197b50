/**
 * Reads the history of github-action-benchmark (`dev/bench/data.js` on its gh-pages branch, or its
 * `external-data-json-path` file) into run records, so a team that switches keeps its trend lines.
 * Pure: text in, records out.
 */
import { InputError } from '../errors.js';
import type { Benchmark, Direction, Metric } from '../model.js';
import { parseRateUnit, rateToSecondsPerOp } from '../formats/units.js';
import { parseJsonText } from '../formats/util.js';
import type { RunRecord } from './types.js';

interface PeerBench {
  name: string;
  value: number;
  unit: string;
  range?: string;
  extra?: string;
}
interface PeerEntry {
  commit: { id: string; message?: string; timestamp?: string; url?: string; author?: { name?: string; username?: string } };
  date: number;
  tool: string;
  benches: PeerBench[];
}

/** Tools whose bigger figure is better (their docs: benchmark.js/pytest/JMH throughput, customBiggerIsBetter). */
const BIGGER_TOOLS = new Set(['customBiggerIsBetter']);

/** One peer figure as a metric of ours: time-like units become `time` in seconds per op. */
export function mapPeerFigure(bench: PeerBench, tool: string): { key: string; metric: Metric; name: string } {
  // Go results with -benchmem are stored as "BenchmarkX - B/op" style names by the peer.
  const split = / - ([^ ]+)$/.exec(bench.name);
  const name = split ? bench.name.slice(0, split.index) : bench.name;
  const unit = bench.unit.trim();
  const rate = parseRateUnit(unit.replace(/^iter\/sec$/, 'ops/s').replace(/^ops\/sec$/, 'ops/s'));
  if (rate && tool !== 'customBiggerIsBetter' && tool !== 'customSmallerIsBetter') {
    const metric: Metric = { value: rateToSecondsPerOp(bench.value, rate), unit: 's', direction: 'smaller' };
    const pm = /±\s*([\d.]+)\s*%/.exec(bench.range ?? '');
    if (pm) metric.stddev = (metric.value * Number(pm[1])) / 100;
    return { key: 'time', metric, name };
  }
  const direction: Direction = BIGGER_TOOLS.has(tool) ? 'bigger' : 'smaller';
  if (unit === 'B/op') return { key: 'memory_alloc', metric: { value: bench.value, unit: 'bytes', direction: 'smaller' }, name };
  if (unit === 'allocs/op') return { key: 'allocs', metric: { value: bench.value, unit, direction: 'smaller' }, name };
  const key = /^(bytes?|B|KB|MB|GB|KiB|MiB|GiB)$/i.test(unit) ? 'memory' : 'value';
  return { key, metric: { value: bench.value, unit, direction }, name };
}

/** The peer's data.js (`window.BENCHMARK_DATA = {...}`) or its plain JSON file → our run records, oldest first per suite. */
export function importBenchmarkActionData(text: string, source: string, options: { branch?: string } = {}): RunRecord[] {
  const json = text.replace(/^\s*window\.BENCHMARK_DATA\s*=\s*/, '').replace(/;\s*$/, '');
  const data = parseJsonText(json, source) as { entries?: Record<string, PeerEntry[]>; repoUrl?: string };
  if (!data || typeof data !== 'object' || typeof data.entries !== 'object' || data.entries === null) {
    throw new InputError(
      `${source}: expected github-action-benchmark data with an "entries" object (window.BENCHMARK_DATA = {...})`,
    );
  }
  const runs: RunRecord[] = [];
  for (const [suite, entries] of Object.entries(data.entries)) {
    if (!Array.isArray(entries)) throw new InputError(`${source}: entries["${suite}"]: expected an array of runs`);
    entries.forEach((entry, i) => {
      const where = `${source}: entries["${suite}"][${i}]`;
      if (!entry?.commit?.id || !Array.isArray(entry.benches) || typeof entry.date !== 'number') {
        throw new InputError(`${where}: expected {commit: {id}, date, tool, benches: [...]}`);
      }
      const byName = new Map<string, Benchmark>();
      entry.benches.forEach((bench, j) => {
        if (typeof bench?.name !== 'string' || typeof bench.value !== 'number' || !Number.isFinite(bench.value)) {
          throw new InputError(`${where}.benches[${j}]: expected {name, value: number, unit}`);
        }
        const { key, metric, name } = mapPeerFigure({ ...bench, unit: String(bench.unit ?? '') }, entry.tool);
        const b = byName.get(name) ?? { name, metrics: {} };
        b.metrics[key] = metric;
        byName.set(name, b);
      });
      runs.push({
        version: 1,
        suite,
        commit: {
          sha: entry.commit.id,
          message: entry.commit.message,
          author: entry.commit.author?.name ?? entry.commit.author?.username,
          timestamp: entry.commit.timestamp,
          url: entry.commit.url,
        },
        branch: options.branch,
        event: 'import',
        runId: `import-${i}`,
        recordedAt: new Date(entry.date).toISOString(),
        results: { benchmarks: [...byName.values()], run: { tool: entry.tool } },
      });
    });
  }
  return runs;
}
