import { maxOf } from '../arrays.js';
import { InputError } from '../errors.js';
import type { Benchmark, Metric } from '../model.js';
import type { FormatAdapter } from './types.js';
import { isRecord, measurement } from './util.js';

/** hyperfine `--export-json`: one benchmark per command, `times` as samples, max RSS when recorded. */
export const hyperfine: FormatAdapter = {
  name: 'hyperfine',
  description: 'hyperfine --export-json output',
  detect: ({ json }) =>
    isRecord(json) &&
    Array.isArray(json.results) &&
    json.results.length > 0 &&
    json.results.every((r) => isRecord(r) && typeof r.command === 'string' && 'mean' in r),
  parse({ json, source }) {
    if (!isRecord(json) || !Array.isArray(json.results)) {
      throw new InputError(`${source}: expected hyperfine JSON with a "results" array`);
    }
    return json.results.map((raw, i): Benchmark => {
      if (!isRecord(raw) || typeof raw.command !== 'string') {
        throw new InputError(`${source}: results[${i}]: expected an object with "command" and "mean"`);
      }
      const name = raw.command;
      const at = `${source}: benchmark "${name}"`;
      const times = Array.isArray(raw.times) ? raw.times.map((t, k) => measurement(t, `${at}: times[${k}]`)) : undefined;
      const metrics: Record<string, Metric> = {
        time: {
          value: measurement(raw.mean, `${at}: mean`),
          unit: 's',
          direction: 'smaller',
          ...(times ? { samples: times } : {}),
        },
      };
      // hyperfine ≥ 1.17 records each run's max RSS in bytes.
      if (Array.isArray(raw.memory_usage_byte) && raw.memory_usage_byte.length > 0) {
        const rss = raw.memory_usage_byte.map((v, k) => measurement(v, `${at}: memory_usage_byte[${k}]`));
        metrics.memory_peak = { value: maxOf(rss), unit: 'bytes', direction: 'smaller', samples: rss };
      }
      const b: Benchmark = { name, metrics };
      if (isRecord(raw.parameters)) b.params = raw.parameters;
      return b;
    });
  },
};
