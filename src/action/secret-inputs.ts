/**
 * The inputs that carry credentials, on a module of their own: the entry point reads them before it
 * loads anything else (reexec.ts), so that an image about to be replaced loads nothing it won't use.
 */

/** Inputs that carry credentials (a URL may have them inside). */
const SECRET_INPUTS = [
  'github-token',
  'pushgateway-token',
  'pushgateway-basic-auth',
  'pushgateway-url',
  'remote-write-token',
  'remote-write-basic-auth',
  'remote-write-url',
] as const;

/** The environment variables the runner passes the credential inputs in. */
export function secretInputVariables(): string[] {
  return SECRET_INPUTS.map((name) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`);
}
