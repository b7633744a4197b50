import { InputError } from '../errors.js';
import type { Benchmark } from '../model.js';
import type { FormatAdapter } from './types.js';
import { isRecord, measurement, timeMetric } from './util.js';

/** benny `save({ format: 'json' })`: ops/s per case; with `details: true`, per-sample seconds. */
export const benny: FormatAdapter = {
  name: 'benny',
  description: "benny JSON from save({ format: 'json' }), with or without details",
  detect: ({ json }) =>
    isRecord(json) &&
    Array.isArray(json.results) &&
    isRecord(json.fastest) &&
    json.results.every((r) => isRecord(r) && 'ops' in r && 'margin' in r),
  parse({ json, source }) {
    if (!isRecord(json) || !Array.isArray(json.results)) {
      throw new InputError(`${source}: expected benny JSON with a "results" array`);
    }
    const group = typeof json.name === 'string' ? json.name : undefined;
    return json.results.map((raw, i): Benchmark => {
      if (!isRecord(raw) || typeof raw.name !== 'string') {
        throw new InputError(`${source}: results[${i}]: expected an object with "name" and "ops"`);
      }
      const at = `${source}: benchmark "${raw.name}"`;
      const ops = measurement(raw.ops, `${at}: ops`);
      if (ops === 0) throw new InputError(`${at}: ops: expected a positive number of operations per second, got 0`);
      const details = isRecord(raw.details) ? raw.details : undefined;
      const samples = Array.isArray(details?.sampleResults)
        ? details.sampleResults.map((v, k) => measurement(v, `${at}: details.sampleResults[${k}]`))
        : undefined;
      // benny rounds ops to an integer; the detailed mean is the exact figure when present.
      const seconds = typeof details?.mean === 'number' ? measurement(details.mean, `${at}: details.mean`) : 1 / ops;
      const time = timeMetric(seconds, samples);
      if (!samples && typeof raw.margin === 'number' && typeof raw.samples === 'number') {
        time.n = raw.samples;
      }
      const b: Benchmark = { name: raw.name, metrics: { time } };
      if (group) b.group = group;
      return b;
    });
  },
};
