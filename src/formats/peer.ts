/**
 * github-action-benchmark's figures: its stored entries (history import) and its custom JSON formats
 * (`customSmallerIsBetter` / `customBiggerIsBetter`: a list of `{name, unit, value, range?, extra?}`,
 * as its README documents them).
 */
import { InputError } from '../errors.js';
import type { Benchmark, Direction, Metric } from '../model.js';
import type { FormatAdapter, FormatInput } from './types.js';
import { pytestName } from './pytest.js';
import { parseRateUnit, rateToSecondsPerOp } from './units.js';

export interface PeerBench {
  name: string;
  value: number;
  unit: string;
  range?: string;
  extra?: string;
}

/** Tools whose bigger figure is better (their docs: benchmark.js/pytest/JMH throughput, customBiggerIsBetter). */
const BIGGER_TOOLS = new Set(['customBiggerIsBetter']);

/** One peer figure as a metric of ours: time-like units become `time` in seconds per op. */
export function mapPeerFigure(bench: PeerBench, tool: string): { key: string; metric: Metric; name: string } {
  // Go results with -benchmem are stored as "BenchmarkX - B/op" style names by the peer.
  const split = / - ([^ ]+)$/.exec(bench.name);
  const raw = split ? bench.name.slice(0, split.index) : bench.name;
  // The peer stored pytest's fullname (path::test[params]); the pytest parser names it by its own name.
  const name = tool === 'pytest' ? pytestName(raw) : raw;
  const unit = bench.unit.trim();
  const rate = parseRateUnit(unit.replace(/^(iter|ops?)\/(sec|second)$/, 'ops/s'));
  // A time per op, or a throughput (inverted), is `time` in seconds per op: the gate's 10 % rule
  // applies, as for the native formats. The custom formats map it where the direction they were
  // given agrees with the unit (smaller: a time; bigger: a throughput); a unit that contradicts its
  // tool's direction keeps the user's own figure, report-only.
  const custom = tool === 'customBiggerIsBetter' || tool === 'customSmallerIsBetter';
  const agrees = !custom || (tool === 'customSmallerIsBetter') === !rate?.throughput;
  if (rate && agrees) {
    const metric: Metric = { value: rateToSecondsPerOp(bench.value, rate), unit: 's', direction: 'smaller' };
    const pm = /±\s*([\d.]+)\s*%/.exec(bench.range ?? '');
    const abs = /±\s*([\d.]+)\s*$/.exec(bench.range ?? '');
    if (pm) metric.stddev = (metric.value * Number(pm[1])) / 100;
    else if (abs && !rate.throughput) {
      let sd = Number(abs[1]);
      // Catch2 prints the std dev in a unit of its own, which the peer drops: 7.64 us "± 373.112" is
      // 373 ns. Catch2 scales each figure to [1, 1000) of its unit, so the std dev's unit is the
      // largest one that leaves it below the mean.
      if (tool === 'catch2') for (let k = 0; k < 3 && sd > bench.value; k++) sd /= 1000;
      metric.stddev = sd * rate.seconds;
    }
    // A spread larger than the figure says how it was stored, not how noisy it is: left unknown, so it
    // cannot widen the noise and silence the gate.
    if (metric.stddev !== undefined && !(metric.stddev <= metric.value)) delete metric.stddev;
    return { key: 'time', metric, name };
  }
  const direction: Direction = BIGGER_TOOLS.has(tool) ? 'bigger' : 'smaller';
  if (unit === 'B/op') return { key: 'memory_alloc', metric: { value: bench.value, unit: 'bytes', direction: 'smaller' }, name };
  if (unit === 'allocs/op') return { key: 'allocs', metric: { value: bench.value, unit, direction: 'smaller' }, name };
  const key = /^(bytes?|B|KB|MB|GB|KiB|MiB|GiB)$/i.test(unit) ? 'memory' : 'value';
  return { key, metric: { value: bench.value, unit, direction }, name };
}

const isPeerList = (json: unknown): json is PeerBench[] =>
  Array.isArray(json) &&
  json.length > 0 &&
  json.every(
    (b) => typeof b === 'object' && b !== null && typeof (b as PeerBench).name === 'string' && 'value' in b && 'unit' in b,
  );

function customPeer(tool: 'customSmallerIsBetter' | 'customBiggerIsBetter'): FormatAdapter {
  return {
    name: tool,
    description: `github-action-benchmark's ${tool} JSON ([{ "name", "unit", "value", "range"?, "extra"? }]); the direction comes from the tool name`,
    // The content cannot say which way is better: these are used only when named with tool.
    namedOnly: true,
    detect: ({ json }) => isPeerList(json),
    parse({ json, source }: FormatInput): Benchmark[] {
      if (!isPeerList(json)) throw new InputError(`${source}: expected a JSON list of {name, unit, value} objects (${tool})`);
      const byName = new Map<string, Benchmark>();
      json.forEach((bench, i) => {
        if (typeof bench.value !== 'number' || !Number.isFinite(bench.value))
          throw new InputError(`${source}: [${i}].value: expected a number, got ${JSON.stringify(bench.value)}`);
        if (typeof bench.unit !== 'string') throw new InputError(`${source}: [${i}].unit: expected a string`);
        const { key, metric, name } = mapPeerFigure(bench, tool);
        const b = byName.get(name) ?? { name, metrics: {} };
        if (b.metrics[key]) throw new InputError(`${source}: [${i}]: "${bench.name}" appears twice`);
        b.metrics[key] = metric;
        byName.set(name, b);
      });
      return [...byName.values()];
    },
  };
}

export const customSmallerIsBetter = customPeer('customSmallerIsBetter');
export const customBiggerIsBetter = customPeer('customBiggerIsBetter');

/** A hint for an undetected file that has the peer's custom shape. */
export const peerCustomHint = (json: unknown) =>
  isPeerList(json)
    ? " (this looks like github-action-benchmark's custom JSON: name its direction with tool: customSmallerIsBetter or customBiggerIsBetter)"
    : '';
