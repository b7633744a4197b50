import type { Clock } from '../io/clock.js';
import type { Logger } from '../io/log.js';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Calendar time for recorded runs; the system clock when absent. */
  clock?: Clock;
}

/** The CLI's log goes to stderr, so stdout is only the report. */
export const cliLog = (io: CliIO): Logger => ({
  info: (m) => io.stderr(`${m}\n`),
  warn: (m) => io.stderr(`warning: ${m}\n`),
});
