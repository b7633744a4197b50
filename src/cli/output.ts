import type { Clock } from '../io/clock.js';
import type { Decision } from '../analysis/decide.js';
import { InputError } from '../errors.js';
import { renderMarkdown, renderText } from '../report/markdown.js';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Calendar time for recorded runs; the system clock when absent. */
  clock?: Clock;
}

const FORMATS_OUT = ['json', 'markdown', 'text'] as const;
export type OutFormat = (typeof FORMATS_OUT)[number];

export function outFormat(value: string | undefined): OutFormat {
  const v = value ?? 'text';
  if (!(FORMATS_OUT as readonly string[]).includes(v))
    throw new InputError(`--format: expected one of ${FORMATS_OUT.join(', ')}, got "${v}"`);
  return v as OutFormat;
}

/** The report on stdout, as `compare` and `run` print it. */
export function printDecision(decision: Decision, format: OutFormat, io: CliIO, name?: string): void {
  if (format === 'json') io.stdout(JSON.stringify(decision, null, 2) + '\n');
  else if (format === 'markdown') io.stdout(renderMarkdown(decision, name ? { name } : {}) + '\n');
  else io.stdout(renderText(decision));
}
