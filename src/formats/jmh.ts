import { InputError } from '../errors.js';
import type { Benchmark, Metric } from '../model.js';
import type { FormatAdapter } from './types.js';
import { isRecord, measurement } from './util.js';
import { parseRateUnit, rateToSecondsPerOp } from './units.js';

function paramSuffix(params: unknown): string {
  if (!isRecord(params) || Object.keys(params).length === 0) return '';
  return ` [${Object.entries(params)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(', ')}]`;
}

/** JMH `-rf json`: throughput modes (ops/s) become seconds per op; rawData iterations are samples. */
export const jmh: FormatAdapter = {
  name: 'jmh',
  description: 'JMH JSON (-rf json), throughput or time modes',
  detect: ({ json }) =>
    Array.isArray(json) &&
    json.length > 0 &&
    json.every((e) => isRecord(e) && typeof e.benchmark === 'string' && isRecord(e.primaryMetric)),
  parse({ json, source }) {
    if (!Array.isArray(json)) throw new InputError(`${source}: expected a JMH JSON array of benchmark results`);
    return json.map((raw, i): Benchmark => {
      if (!isRecord(raw) || typeof raw.benchmark !== 'string' || !isRecord(raw.primaryMetric)) {
        throw new InputError(`${source}: [${i}]: expected an object with "benchmark" and "primaryMetric"`);
      }
      const name = raw.benchmark + paramSuffix(raw.params);
      const at = `${source}: benchmark "${name}"`;
      const pm = raw.primaryMetric;
      const unitText = String(pm.scoreUnit);
      const unit = parseRateUnit(unitText);
      if (!unit)
        throw new InputError(
          `${at}: primaryMetric.scoreUnit: expected a time or throughput unit such as ops/s or ns/op, got "${unitText}"`,
        );
      const score = measurement(pm.score, `${at}: primaryMetric.score`);
      const raws = Array.isArray(pm.rawData) ? (pm.rawData as unknown[]).flat() : [];
      const samples = raws.map((v, k) => rateToSecondsPerOp(measurement(v, `${at}: primaryMetric.rawData[${k}]`), unit));
      const seconds = rateToSecondsPerOp(score, unit);
      if (!Number.isFinite(seconds)) throw new InputError(`${at}: primaryMetric.score: expected a positive throughput, got 0`);
      const metrics: Record<string, Metric> = {
        // The mean of the inverted iteration throughputs is not the inverse of their mean; keep JMH's score.
        time: { value: seconds, unit: 's', direction: 'smaller', ...(samples.length > 1 ? { samples } : {}) },
      };
      if (isRecord(raw.secondaryMetrics)) {
        for (const [key, sm] of Object.entries(raw.secondaryMetrics)) {
          if (!isRecord(sm) || typeof sm.score !== 'number') continue;
          if (key.endsWith('gc.alloc.rate.norm')) {
            metrics.memory_alloc = { value: sm.score, unit: 'bytes', direction: 'smaller' };
          }
        }
      }
      const b: Benchmark = { name, metrics };
      if (isRecord(raw.params)) b.params = raw.params;
      // The class (everything before the method name) groups a JMH benchmark.
      const owner = raw.benchmark.split('.').slice(0, -1).join('.');
      if (owner) b.group = owner;
      return b;
    });
  },
};
