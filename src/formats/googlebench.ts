import { InputError } from '../errors.js';
import type { Benchmark, Metric } from '../model.js';
import type { FormatAdapter } from './types.js';
import { freeMetric, isRecord, mean, measurement } from './util.js';
import { toSeconds } from './units.js';

// Fields Google Benchmark writes on every row; anything else numeric is a user counter.
const RESERVED = new Set([
  'name',
  'family_index',
  'per_family_instance_index',
  'run_name',
  'run_type',
  'repetitions',
  'repetition_index',
  'threads',
  'iterations',
  'real_time',
  'cpu_time',
  'time_unit',
  'aggregate_name',
  'aggregate_unit',
  'error_occurred',
  'error_message',
  'label',
  'big_o',
  'rms',
]);

function baseName(row: Record<string, unknown>): string {
  const name = typeof row.run_name === 'string' ? row.run_name : String(row.name);
  // "/repeats:3" only says how it was run; the benchmark stays the same when it changes.
  return name.replace(/\/repeats:\d+$/, '');
}

/** Google Benchmark `--benchmark_out_format=json`: iteration rows are samples; aggregates are not benchmarks. */
export const googleBenchmark: FormatAdapter = {
  name: 'googlebenchmark',
  aliases: ['googlecpp', 'google-benchmark'],
  description: 'Google Benchmark JSON (--benchmark_out_format=json)',
  detect: ({ json }) =>
    isRecord(json) && isRecord(json.context) && Array.isArray(json.benchmarks) && 'library_build_type' in json.context,
  parse({ json, source }) {
    if (!isRecord(json) || !Array.isArray(json.benchmarks)) {
      throw new InputError(`${source}: expected Google Benchmark JSON with a "benchmarks" array`);
    }
    const rows = json.benchmarks.filter(isRecord);
    const iterations = rows.filter((r) => r.run_type !== 'aggregate' && !r.error_occurred);
    // With --benchmark_report_aggregates_only only the aggregates exist: fall back to their mean.
    const usable = iterations.length > 0 ? iterations : rows.filter((r) => r.aggregate_name === 'mean');
    const byName = new Map<string, Record<string, unknown>[]>();
    for (const r of usable) byName.set(baseName(r), [...(byName.get(baseName(r)) ?? []), r]);
    const stddevRow = (name: string) => rows.find((r) => r.aggregate_name === 'stddev' && baseName(r) === name);

    return [...byName].map(([name, reps]): Benchmark => {
      const at = `${source}: benchmark "${name}"`;
      const unit = typeof reps[0]!.time_unit === 'string' ? reps[0]!.time_unit : 'ns';
      const real = reps.map((r) => toSeconds(measurement(r.real_time, `${at}: real_time`), unit, `${at}: time_unit`));
      const cpu = reps.map((r) => toSeconds(measurement(r.cpu_time, `${at}: cpu_time`), unit, `${at}: time_unit`));
      const metrics: Record<string, Metric> = {
        time: { value: mean(real), unit: 's', direction: 'smaller', ...(real.length > 1 ? { samples: real } : {}) },
        cpu_time: { value: mean(cpu), unit: 's', direction: 'smaller', ...(cpu.length > 1 ? { samples: cpu } : {}) },
      };
      const sd = stddevRow(name);
      if (iterations.length === 0 && sd && typeof sd.real_time === 'number') {
        metrics.time!.stddev = toSeconds(sd.real_time, unit, `${at}: time_unit`);
        metrics.time!.n = Number(sd.repetitions) || undefined;
      }
      for (const key of Object.keys(reps[0]!)) {
        if (RESERVED.has(key) || typeof reps[0]![key] !== 'number') continue;
        const values = reps.map((r) => Number(r[key]));
        const [k, metric] =
          key === 'bytes_per_second' || key === 'items_per_second'
            ? [
                key,
                { value: mean(values), unit: key === 'bytes_per_second' ? 'bytes/s' : 'items/s', direction: 'bigger' as const },
              ]
            : freeMetric(key, mean(values), undefined, values);
        metrics[k] = metric;
      }
      return { name, metrics };
    });
  },
};
