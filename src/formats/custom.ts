import { Ajv, type ErrorObject } from 'ajv';
import { InputError } from '../errors.js';
import type { Benchmark } from '../model.js';
import { resultsSchema } from '../schemas.js';
import type { FormatAdapter } from './types.js';
import { isRecord } from './util.js';

const validate = new Ajv({ allErrors: false, strict: false }).compile(resultsSchema);

/** "benchmarks[2].metrics.time.direction: must be equal to one of the allowed values (smaller, bigger)". */
export function describeSchemaError(error: ErrorObject): string {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p.replace(/~1/g, '/').replace(/~0/g, '~')}`))
    .join('')
    .replace(/^\./, '');
  let expected = error.message ?? 'is invalid';
  if (error.keyword === 'enum') expected = `expected one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  if (error.keyword === 'additionalProperties') expected = `unknown key "${(error.params as { additionalProperty: string }).additionalProperty}"`;
  if (error.keyword === 'required') expected = `expected the key "${(error.params as { missingProperty: string }).missingProperty}"`;
  if (error.keyword === 'type') expected = `expected ${(error.params as { type: string }).type}`;
  return `${path || '(top level)'}: ${expected}`;
}

/** The normalized results JSON itself, with an explicit direction per metric. */
export const custom: FormatAdapter = {
  name: 'custom',
  aliases: ['causal-perf', 'json'],
  description: 'causal-perf normalized JSON ({ "benchmarks": [{ "name", "metrics": { "time": { value, unit, direction } } }] })',
  detect: ({ json }) =>
    isRecord(json) &&
    Array.isArray(json.benchmarks) &&
    json.benchmarks.every((b) => isRecord(b) && isRecord(b.metrics)),
  parse({ json, source }) {
    if (!validate(json)) {
      throw new InputError(`${source}: ${describeSchemaError(validate.errors![0]!)}`);
    }
    return (json as { benchmarks: Benchmark[] }).benchmarks;
  },
};
