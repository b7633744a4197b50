import { InputError } from '../errors.js';
import type { Benchmark } from '../model.js';
import type { FormatAdapter } from './types.js';
import { isRecord, measurement, numericMetrics, timeMetric } from './util.js';

/** pytest-benchmark `--benchmark-json`: stats in seconds, `stats.data` per round, numeric `extra_info` as metrics. */
export const pytestBenchmark: FormatAdapter = {
  name: 'pytest',
  aliases: ['pytest-benchmark'],
  description: 'pytest-benchmark --benchmark-json output',
  detect: ({ json }) =>
    isRecord(json) &&
    Array.isArray(json.benchmarks) &&
    ('machine_info' in json || json.benchmarks.some((b) => isRecord(b) && isRecord(b.stats) && 'fullname' in b)),
  parse({ json, source }) {
    if (!isRecord(json) || !Array.isArray(json.benchmarks)) {
      throw new InputError(`${source}: expected pytest-benchmark JSON with a "benchmarks" array`);
    }
    return json.benchmarks.map((raw, i): Benchmark => {
      const where = `${source}: benchmarks[${i}]`;
      if (!isRecord(raw) || typeof raw.name !== 'string' || !isRecord(raw.stats)) {
        throw new InputError(`${where}: expected an object with "name" and "stats"`);
      }
      const at = `${source}: benchmark "${raw.name}"`;
      const stats = raw.stats;
      const mean = measurement(stats.mean, `${at}: stats.mean`);
      const data = Array.isArray(stats.data) ? stats.data.map((v, k) => measurement(v, `${at}: stats.data[${k}]`)) : undefined;
      const extra = isRecord(raw.extra_info) ? numericMetrics(raw.extra_info, `${at}: extra_info`) : {};
      const benchmark: Benchmark = {
        name: pytestName(raw.name),
        metrics: {
          ...extra,
          time: timeMetric(
            mean,
            data,
            data
              ? {}
              : { stddev: typeof stats.stddev === 'number' ? stats.stddev : undefined, n: Number(stats.rounds) || undefined },
          ),
        },
      };
      if (typeof raw.group === 'string') benchmark.group = raw.group;
      if (isRecord(raw.params)) benchmark.params = raw.params;
      return benchmark;
    });
  },
};

/**
 * The one naming rule for pytest benchmarks, shared with the import of a github-action-benchmark
 * history (which stored pytest's `fullname`, `tests/x.py::Class::test_y[p]`): the test's own name
 * with its parameters (`test_y[p]`), as pytest-benchmark's `name` field and its tables show it.
 */
export function pytestName(nameOrFullname: string): string {
  const cut = nameOrFullname.lastIndexOf('::');
  return cut >= 0 ? nameOrFullname.slice(cut + 2) : nameOrFullname;
}
