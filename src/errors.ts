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

/**
 * The stored history could not be read, after retries. Not the user's input, but no verdict either:
 * an empty baseline would pass any regression, so the run ends with this message (exit 2 in the CLI).
 */
export class HistoryReadError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = 'HistoryReadError';
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
