/**
 * A schema's validator, compiled with Ajv at run time. Only for running from source: the bundle
 * replaces this module with the validators compiled at build time (scripts/build.mjs), and the same
 * options are used there (`AJV_OPTIONS`).
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { allSchemas, type SchemaName } from './schema-list.js';

/** Our schemas are not checked against the meta-schema at run time; `__tests__/package.test.ts` checks each once. */
export const AJV_OPTIONS = { allErrors: false, strict: false, validateSchema: false } as const;

let ajv: Ajv | undefined;

export function compileSchema(name: SchemaName): ValidateFunction {
  const schema: object = allSchemas()[name];
  return (ajv ??= new Ajv(AJV_OPTIONS)).compile(schema);
}
