/**
 * Typed errors let the shells (CLI, action) decide how to end: bad input is the user's to fix
 * (exit 2, one clear message, no stack trace); anything else is our bug.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** A rules file that does not match the schema; the message names the key. */
export class ConfigError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
