import type { ErrorObject, ValidateFunction } from 'ajv';
import { compileSchema } from './schema-compile.js';
import type { SchemaName } from './schema-list.js';

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

const rule = {
  type: 'object',
  additionalProperties: false,
  properties: {
    regression_limit: {
      description: 'Fail when the statistic is worse than baseline × this (1.10 = 10 % slower). false: no relative rule.',
      anyOf: [{ type: 'number', exclusiveMinimum: 1 }, { const: false }],
      examples: [1.1, 1.25, false],
    },
    max_exponent_increase: {
      description:
        'Size families (benchmarks that differ only by a size: test_x[10], BM_x/1024, test_x_10_15): fail when the growth exponent (log figure against log size) rises by more than this, credibly (0.5: linear to n^1.5). false: not judged. Default 0.5 for time and memory_*.',
      anyOf: [{ type: 'number', exclusiveMinimum: 0 }, { const: false }],
      examples: [0.3, false],
    },
    improvement_limit: {
      type: 'number',
      exclusiveMinimum: 1,
      description: 'Report an improvement past this ratio (default: the regression limit).',
      examples: [1.05],
    },
    minimum_threshold: {
      type: 'number',
      description: 'Absolute floor: fail when the value is below it (accuracy 0.95).',
      examples: [0.95],
    },
    maximum_threshold: {
      type: 'number',
      description: 'Absolute ceiling: fail when the value is above it, in base units (seconds, bytes).',
      examples: [0.5],
    },
    direction: {
      enum: ['smaller', 'bigger'],
      description: 'Which way is better (overrides the format).',
      examples: ['bigger'],
    },
    fail: {
      type: 'boolean',
      description:
        'false: report breaches of this rule without failing the check. Default true for every metric the rules name (and time, memory_*, accuracy, instructions); a metric no rule names is report-only.',
      default: true,
      examples: [false],
    },
  },
} as const;

const thresholds = {
  type: 'object',
  description:
    'Metric name or glob (time, memory_*, accuracy, …) → rule. execution_time is read as time. Any other metric is compared with a 1.10 limit and reported without failing, unless named here.',
  additionalProperties: rule,
} as const;

const globs = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] } as const;

export const rulesSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/org/causal-perf-action/schemas/rules.schema.json',
  title: 'causal-perf rules file (.github/causal-perf.yml)',
  type: 'object',
  additionalProperties: false,
  properties: {
    statistic: {
      enum: ['mean', 'median', 'min'],
      description:
        'Per-run figure compared: mean (outliers beyond 1.5 IQR dropped), median, or min (the best sample: the smallest time, the largest throughput).',
      default: 'mean',
      examples: ['median'],
    },
    confidence: {
      type: 'number',
      minimum: 0.5,
      exclusiveMaximum: 1,
      description: 'How sure the engine must be that a change is real before it fails.',
      default: 0.99,
      examples: [0.995],
    },
    history: {
      type: 'integer',
      minimum: 1,
      maximum: 1000,
      description: 'How many prior runs form the baseline.',
      default: 20,
      examples: [50],
    },
    runner_correction: {
      type: 'boolean',
      description: 'Factor out a slowdown shared by all benchmarks of a run (a slower runner).',
      default: true,
      examples: [false],
    },
    fail_on_missing: {
      type: 'boolean',
      description: 'Fail when a benchmark of the baseline is missing from the run.',
      default: false,
      examples: [true],
    },
    ignore: {
      ...globs,
      description: 'Benchmarks (name or group globs) to leave out entirely.',
      default: [],
      examples: [['test_flaky_*']],
    },
    baseline_thresholds: {
      ...thresholds,
      default: {
        time: { regression_limit: 1.1, max_exponent_increase: 0.5 },
        'memory_*': { regression_limit: 1.2, max_exponent_increase: 0.5 },
        accuracy: { regression_limit: false, minimum_threshold: 0.95 },
        instructions: { regression_limit: 1.01 },
      },
      examples: [{ time: { regression_limit: 1.15 }, throughput: { regression_limit: 1.05, direction: 'bigger' } }],
    },
    sizes: {
      type: 'object',
      description:
        'Size families a name cannot say (small / medium / large): each family maps its benchmarks to their sizes, and is judged by max_exponent_increase as the families found from names are (at least three benchmarks, sizes spanning 4× or more). A benchmark named here is in no name-found family.',
      default: {},
      examples: [{ 'ui graph render': { test_render_small: 10, test_render_medium: 100, test_render_large: 1000 } }],
      additionalProperties: {
        type: 'object',
        minProperties: 3,
        additionalProperties: { type: 'number', exclusiveMinimum: 0 },
      },
    },
    overrides: {
      type: 'array',
      description: 'Per-benchmark or per-group thresholds, applied in order after baseline_thresholds.',
      default: [],
      examples: [[{ benchmarks: 'test_ui_*', baseline_thresholds: { time: { regression_limit: 1.15 } } }]],
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['baseline_thresholds'],
        properties: {
          benchmarks: { ...globs, description: 'Benchmark name globs this override applies to.', examples: ['test_ui_*'] },
          groups: { ...globs, description: 'Group globs this override applies to.', examples: [['ui_rendering']] },
          baseline_thresholds: thresholds,
        },
      },
    },
  },
} as const;

/** "benchmarks[2].metrics.time.direction: must be equal to one of the allowed values (smaller, bigger)". */
export function describeSchemaError(error: ErrorObject): string {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p.replace(/~1/g, '/').replace(/~0/g, '~')}`))
    .join('')
    .replace(/^\./, '');
  let expected = error.message ?? 'is invalid';
  if (error.keyword === 'enum')
    expected = `expected one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  if (error.keyword === 'additionalProperties')
    expected = `unknown key "${(error.params as { additionalProperty: string }).additionalProperty}"`;
  if (error.keyword === 'required')
    expected = `expected the key "${(error.params as { missingProperty: string }).missingProperty}"`;
  if (error.keyword === 'type') expected = `expected ${(error.params as { type: string }).type}`;
  if (error.keyword === 'minProperties') expected = `expected at least ${(error.params as { limit: number }).limit} entries`;
  if (error.keyword === 'exclusiveMinimum') expected = `expected a number above ${(error.params as { limit: number }).limit}`;
  return `${path || '(top level)'}: ${expected}`;
}

/**
 * A schema's validator, made on first use: the first error, or undefined when valid. The bundle's
 * validators are compiled at build time (schema-compile.ts is replaced then); from source, Ajv
 * compiles the schema the first time it is needed.
 */
export function lazyValidator(name: SchemaName): (value: unknown) => ErrorObject | undefined {
  let validate: ValidateFunction | undefined;
  return (value) => {
    validate ??= compileSchema(name);
    return validate(value) ? undefined : (validate.errors?.[0] ?? undefined);
  };
}
