/**
 * JSON Schemas of the files history is made of (Ajv, as for result files). A file that parses as JSON
 * but does not match its schema is treated like a corrupt one: rebuilt from the run files and moved
 * aside, never used half-way (an index without `branches` must not break every later append).
 */
import { lazyValidator } from '../schemas.js';
import type { SchemaName } from '../schema-list.js';

const str = { type: 'string' } as const;
const num = { type: 'number' } as const;
const numOrNull = { type: ['number', 'null'] } as const;
const flag = {
  type: 'object',
  required: ['benchmark', 'metric', 'status'],
  properties: {
    benchmark: str,
    metric: str,
    status: str,
    ratio: numOrNull,
    measured: numOrNull,
    accepted: str,
    pending: { const: true },
    value: { type: 'number', exclusiveMinimum: 0 },
  },
} as const;

export const indexSchema = {
  type: 'object',
  required: ['version', 'suite', 'name', 'updated', 'months', 'branches', 'benchmarks'],
  properties: {
    version: { const: 1 },
    suite: str,
    name: str,
    updated: str,
    months: { type: 'array', items: { type: 'object', required: ['month', 'runs'], properties: { month: str, runs: num } } },
    branches: { type: 'object', additionalProperties: num },
    testbeds: { type: 'object', additionalProperties: num },
    appends: { type: 'integer', minimum: 0 },
    benchmarks: {
      type: 'array',
      items: {
        type: 'object',
        required: ['key', 'name', 'metrics', 'months', 'last'],
        properties: {
          key: str,
          name: str,
          group: str,
          months: { type: 'array', items: str },
          chunks: { type: 'array', minItems: 2, maxItems: 2, items: { type: 'integer', minimum: 0 } },
          last: str,
          metrics: {
            type: 'object',
            additionalProperties: {
              type: 'object',
              required: ['unit', 'direction'],
              properties: { unit: str, direction: { enum: ['smaller', 'bigger'] }, limit: numOrNull, threshold: numOrNull },
            },
          },
        },
      },
    },
    latest: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        required: ['id', 'sha', 'recordedAt', 'rows'],
        properties: { id: str, sha: str, recordedAt: str, verdict: str, rows: { type: 'array', items: flag } },
      },
    },
  },
} as const;

export const runLogSchema = {
  type: 'object',
  required: ['runs'],
  properties: {
    runs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'sha', 'recordedAt'],
        properties: {
          id: str,
          sha: str,
          recordedAt: str,
          branch: str,
          verdict: str,
          identity: str,
          testbed: str,
          flagged: { type: 'array', items: flag },
        },
      },
    },
  },
} as const;

export const seriesSchema = {
  type: 'object',
  required: ['points'],
  properties: {
    name: str,
    points: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 't', 'm'],
        properties: {
          id: str,
          t: str,
          branch: str,
          tb: str,
          m: { type: 'object', additionalProperties: { type: 'array', minItems: 1, items: numOrNull } },
          f: { type: 'object', additionalProperties: str },
        },
      },
    },
  },
} as const;

/** [ms, branch ref, testbed ref, values, flags?] (wire.ts PackedPoint). */
const packedPoint = {
  type: 'array',
  minItems: 4,
  maxItems: 5,
  items: [
    num,
    { type: 'integer', minimum: 0 },
    { type: 'integer', minimum: 0 },
    { type: 'object', additionalProperties: { type: 'array', minItems: 1, items: numOrNull } },
    { type: 'object', additionalProperties: str },
  ],
} as const;
const names = { type: 'array', items: { type: ['string', 'null'] } } as const;

export const chunkSchema = {
  type: 'object',
  required: ['version', 'br', 'tb', 'p'],
  properties: { version: { const: 2 }, br: names, tb: names, p: { type: 'array', items: packedPoint } },
} as const;

export const tailSchema = {
  type: 'object',
  required: ['version', 'br', 'tb', 'b'],
  properties: {
    version: { const: 2 },
    br: names,
    tb: names,
    b: { type: 'object', additionalProperties: { type: 'array', items: packedPoint } },
  },
} as const;

export const runSchema = {
  type: 'object',
  required: ['version', 'suite', 'commit', 'recordedAt', 'results'],
  properties: {
    version: { const: 1 },
    suite: str,
    commit: { type: 'object', required: ['sha'], properties: { sha: str } },
    recordedAt: str,
    branch: str,
    identity: str,
    verdict: str,
    runner: {
      type: 'object',
      required: ['shift', 'applied', 'unusual'],
      properties: { shift: num, applied: num, unusual: { type: 'boolean' }, slower: num, lower: num },
    },
    results: {
      type: 'object',
      required: ['benchmarks'],
      properties: {
        benchmarks: {
          type: 'array',
          items: {
            type: 'object',
            required: ['name', 'metrics'],
            properties: {
              name: str,
              metrics: {
                type: 'object',
                additionalProperties: { type: 'object', required: ['value', 'unit', 'direction'], properties: { value: num } },
              },
            },
          },
        },
      },
    },
  },
} as const;

export const registrySchema = {
  type: 'object',
  required: ['suites'],
  properties: {
    suites: { type: 'array', items: { type: 'object', required: ['id', 'name'], properties: { id: str, name: str } } },
  },
} as const;

/** A check for `parse` in layout.ts: true, or the first mismatch as "path: message". Compiled on first use. */
export function conforms(name: SchemaName): (value: unknown) => true | string {
  const validate = lazyValidator(name);
  return (value) => {
    const e = validate(value);
    return e ? `${e.instancePath || '(top level)'} ${e.message ?? 'does not match'}` : true;
  };
}
