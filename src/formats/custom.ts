import { InputError } from '../errors.js';
import type { Benchmark } from '../model.js';
import { describeSchemaError, lazyValidator } from '../schemas.js';
import type { FormatAdapter } from './types.js';
import { isRecord } from './util.js';

const validate = lazyValidator('results');

/** The normalized results JSON itself, with an explicit direction per metric. */
export const custom: FormatAdapter = {
  name: 'custom',
  aliases: ['causal-perf', 'json'],
  description: 'causal-perf normalized JSON ({ "benchmarks": [{ "name", "metrics": { "time": { value, unit, direction } } }] })',
  detect: ({ json }) =>
    isRecord(json) && Array.isArray(json.benchmarks) && json.benchmarks.every((b) => isRecord(b) && isRecord(b.metrics)),
  parse({ json, source }) {
    const error = validate(json);
    if (error) {
      throw new InputError(`${source}: ${describeSchemaError(error)}`);
    }
    return (json as { benchmarks: Benchmark[] }).benchmarks;
  },
};
