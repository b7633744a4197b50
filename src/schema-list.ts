/**
 * Every JSON Schema the product validates with, by name. The build compiles each into plain code
 * (Ajv's standalone output, scripts/build.mjs), so a run never loads Ajv nor compiles a schema; run
 * from source (tests, `run-ts`), they are compiled on first use.
 */
import {
  chunkSchema,
  indexSchema,
  registrySchema,
  runLogSchema,
  runSchema,
  seriesSchema,
  tailSchema,
} from './history/schemas.js';
import { resultsSchema, rulesSchema } from './schemas.js';

/**
 * Every schema by name. A function, not a constant: schemas.ts reaches this module through
 * schema-compile.ts while it is itself still loading, and only later calls need its schemas.
 */
export const allSchemas = () => ({
  results: resultsSchema,
  rules: rulesSchema,
  index: indexSchema,
  runLog: runLogSchema,
  run: runSchema,
  series: seriesSchema,
  chunk: chunkSchema,
  tail: tailSchema,
  registry: registrySchema,
});

export type SchemaName = keyof ReturnType<typeof allSchemas>;
