import { InputError } from '../errors.js';
import type { Benchmark, Metric } from '../model.js';
import type { FormatAdapter, FormatInput } from './types.js';
import { isRecord, measurement, parseJsonText, timeMetric } from './util.js';
import { toSeconds } from './units.js';

/**
 * Criterion.rs's own results, in either of its two machine-readable shapes:
 *
 * - `target/criterion/<id>/new/estimates.json`, which `cargo bench` writes for every benchmark. The
 *   file holds the statistics only; its name and its samples are in the `benchmark.json` and
 *   `sample.json` beside it, which the reader passes in as siblings. Without `benchmark.json` the name
 *   is the folder path under `criterion/`.
 * - `cargo criterion --message-format=json`: one JSON object per line; each `benchmark-complete`
 *   message is one benchmark, with its samples (`measured_values` ÷ `iteration_count`).
 *
 * Both give times per iteration in nanoseconds (criterion's wall-time measurement).
 */
export const criterion: FormatAdapter = {
  name: 'criterion',
  aliases: ['cargo-criterion', 'criterion-json'],
  description: 'Criterion.rs target/criterion/**/new/estimates.json, or cargo criterion --message-format=json',
  siblings: { when: /(^|[\\/])estimates\.json$/, files: ['benchmark.json', 'sample.json'] },
  detect: (input) => isEstimates(input.json) || isChange(input.json) || messages(input) !== undefined,
  parse(input) {
    if (isEstimates(input.json)) return [fromEstimates(input, input.json)];
    if (isChange(input.json))
      throw new InputError(
        `${input.source}: this is criterion's change/estimates.json (the relative change against base/), not results; expected the new/estimates.json files, e.g. target/criterion/**/new/estimates.json`,
      );
    const lines = messages(input);
    if (!lines) throw new InputError(`${input.source}: expected criterion's estimates.json or cargo criterion JSON messages`);
    const out = lines.flatMap(({ message, line }) =>
      message.reason === 'benchmark-complete' ? [fromMessage(message, `${input.source}: line ${line}`)] : [],
    );
    if (out.length === 0) throw new InputError(`${input.source}: expected at least one "benchmark-complete" message`);
    return out;
  },
};

type Estimates = Record<'mean' | 'std_dev', { point_estimate: number }> & Record<string, unknown>;

function isEstimates(json: unknown): json is Estimates {
  return (
    isRecord(json) &&
    isRecord(json.mean) &&
    typeof json.mean.point_estimate === 'number' &&
    isRecord(json.std_dev) &&
    isRecord(json.median) &&
    'median_abs_dev' in json
  );
}

/** change/estimates.json: mean and median of the relative change, no spread. */
function isChange(json: unknown): boolean {
  return (
    isRecord(json) &&
    isRecord(json.mean) &&
    typeof json.mean.point_estimate === 'number' &&
    isRecord(json.median) &&
    !('std_dev' in json) &&
    Object.keys(json).length === 2
  );
}

/** The JSON-lines stream, when every non-empty line is an object with a `reason` (else undefined). */
function messages(input: FormatInput): { message: Record<string, unknown>; line: number }[] | undefined {
  if (input.json !== undefined && !isRecord(input.json)) return undefined;
  const out: { message: Record<string, unknown>; line: number }[] = [];
  for (const [i, raw] of input.text.split('\n').entries()) {
    const text = raw.trim();
    if (text === '') continue;
    if (text[0] !== '{') return undefined;
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      return undefined;
    }
    if (!isRecord(message) || typeof message.reason !== 'string') return undefined;
    out.push({ message, line: i + 1 });
  }
  return out.some((m) => m.message.reason === 'benchmark-complete') ? out : undefined;
}

function siblingJson(input: FormatInput, file: string): Record<string, unknown> | undefined {
  const text = input.siblings?.[file];
  if (text === undefined) return undefined;
  const json = parseJsonText(text, siblingPath(input.source, file));
  if (!isRecord(json)) throw new InputError(`${siblingPath(input.source, file)}: expected a JSON object`);
  return json;
}

const siblingPath = (source: string, file: string) => source.replace(/estimates\.json$/, file);

/** "target/criterion/topological_sort/100x200/new/estimates.json" → "topological_sort/100x200". */
function nameFromPath(source: string): string | undefined {
  const m = /(?:^|[\\/])criterion[\\/](.+?)[\\/]new[\\/]estimates\.json$/.exec(source);
  return m?.[1]?.replace(/\\/g, '/');
}

function fromEstimates(input: FormatInput, est: Estimates): Benchmark {
  const { source } = input;
  const meta = siblingJson(input, 'benchmark.json');
  const name = typeof meta?.full_id === 'string' ? meta.full_id : nameFromPath(source);
  if (!name)
    throw new InputError(
      `${source}: expected benchmark.json next to estimates.json, or the path target/criterion/<benchmark>/new/estimates.json, to name the benchmark`,
    );
  const at = `${source}: benchmark "${name}"`;
  const ns = (v: unknown, where: string) => toSeconds(measurement(v, `${at}: ${where}`), 'ns', at);
  const sample = siblingJson(input, 'sample.json');
  let samples: number[] | undefined;
  if (sample) {
    const where = siblingPath(source, 'sample.json');
    const { iters, times } = sample;
    if (!Array.isArray(iters) || !Array.isArray(times) || iters.length !== times.length)
      throw new InputError(`${where}: expected "iters" and "times" arrays of the same length`);
    samples = times.map((t, k) => ns(t, `sample.json times[${k}]`) / measurement(iters[k], `${where}: iters[${k}]`));
  }
  // The figure criterion prints ("time: [low typical high]"): the slope of linear sampling, else the mean.
  const slope = isRecord(est.slope) ? est.slope.point_estimate : undefined;
  const typical = ns(slope ?? est.mean.point_estimate, slope !== undefined ? 'slope.point_estimate' : 'mean.point_estimate');
  const mean = ns(est.mean.point_estimate, 'mean.point_estimate');
  const b: Benchmark = {
    name,
    metrics: { time: timeMetric(typical, samples, samples ? {} : { stddev: ns(est.std_dev.point_estimate, 'std_dev') }) },
  };
  const group = typeof meta?.group_id === 'string' && meta.group_id !== name ? meta.group_id : undefined;
  if (group) b.group = group;
  const through = throughput(meta?.throughput, mean);
  if (through) b.metrics.throughput = through;
  return b;
}

/** Criterion's `Throughput::Bytes(n)` / `Elements(n)` per iteration, as a rate (bigger is better). */
function throughput(raw: unknown, seconds: number): Metric | undefined {
  if (!isRecord(raw) || seconds <= 0) return undefined;
  for (const [kind, unit] of [
    ['Bytes', 'bytes/s'],
    ['BytesDecimal', 'bytes/s'],
    ['Elements', 'elements/s'],
  ] as const) {
    if (typeof raw[kind] === 'number') return { value: (raw[kind] as number) / seconds, unit, direction: 'bigger' };
  }
  return undefined;
}

function fromMessage(m: Record<string, unknown>, where: string): Benchmark {
  if (typeof m.id !== 'string' || m.id === '') throw new InputError(`${where}: expected a benchmark "id"`);
  const at = `${where}: benchmark "${m.id}"`;
  const unit = typeof m.unit === 'string' ? m.unit : 'ns';
  const seconds = (v: unknown, key: string) => toSeconds(measurement(v, `${at}: ${key}`), unit, at);
  const values = m.measured_values;
  const counts = m.iteration_count;
  if (!Array.isArray(values) || !Array.isArray(counts) || values.length !== counts.length)
    throw new InputError(`${at}: expected "measured_values" and "iteration_count" arrays of the same length`);
  const samples = values.map(
    (v, k) => seconds(v, `measured_values[${k}]`) / measurement(counts[k], `${at}: iteration_count[${k}]`),
  );
  const typical = isRecord(m.typical) ? m.typical : isRecord(m.mean) ? m.mean : undefined;
  const mean = typical
    ? toSeconds(
        measurement(typical.estimate, `${at}: typical.estimate`),
        typeof typical.unit === 'string' ? typical.unit : unit,
        at,
      )
    : samples.reduce((a, b) => a + b, 0) / samples.length;
  const b: Benchmark = { name: m.id, metrics: { time: timeMetric(mean, samples) } };
  const slash = m.id.indexOf('/');
  if (slash > 0) b.group = m.id.slice(0, slash);
  const first = Array.isArray(m.throughput) ? m.throughput[0] : undefined;
  if (isRecord(first) && typeof first.per_iteration === 'number' && mean > 0)
    b.metrics.throughput = {
      value: first.per_iteration / mean,
      unit: `${typeof first.unit === 'string' ? first.unit : 'elements'}/s`,
      direction: 'bigger',
    };
  return b;
}
