/**
 * JSON Schemas of the two files users write by hand: the normalized results ("custom" format) and
 * the rules file. `npm run build` publishes them under schemas/ so editors can complete them.
 */

const metric = {
  type: 'object',
  required: ['value', 'unit', 'direction'],
  additionalProperties: false,
  properties: {
    value: { type: 'number', description: 'The central figure; for time, seconds per operation.' },
    unit: { type: 'string' },
    direction: { enum: ['smaller', 'bigger'], description: 'Which way is better.' },
    samples: { type: 'array', items: { type: 'number' }, description: 'Per-iteration or per-round values.' },
    stddev: { type: 'number', minimum: 0 },
    n: { type: 'integer', minimum: 1 },
  },
} as const;

export const resultsSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/org/causal-perf-action/schemas/results.schema.json',
  title: 'causal-perf normalized results',
  type: 'object',
  required: ['benchmarks'],
  properties: {
    benchmarks: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'metrics'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', minLength: 1 },
          group: { type: 'string' },
          params: { type: 'object' },
          metrics: { type: 'object', minProperties: 1, additionalProperties: metric },
        },
      },
    },
    run: { type: 'object' },
  },
} as const;
