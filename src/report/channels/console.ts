import { InputError } from '../../errors.js';
import { renderMarkdown, renderText } from '../markdown.js';
import type { Channel } from './channel.js';

export const CONSOLE_FORMATS = ['json', 'markdown', 'text'] as const;
export type ConsoleFormat = (typeof CONSOLE_FORMATS)[number];

export function consoleFormat(value: string | undefined): ConsoleFormat {
  const v = value ?? 'text';
  if (!(CONSOLE_FORMATS as readonly string[]).includes(v))
    throw new InputError(`--format: expected one of ${CONSOLE_FORMATS.join(', ')}, got "${v}"`);
  return v as ConsoleFormat;
}

/** The report on the CLI's stdout, in the format `--format` picks from the same renderers. */
export function consoleChannel(
  format: ConsoleFormat,
  write: (text: string) => void,
  options: { heading?: boolean } = {},
): Channel {
  return {
    what: 'print the report',
    required: true,
    async publish(decision, { name }) {
      if (format === 'json') write(JSON.stringify(decision, null, 2) + '\n');
      else if (format === 'markdown') write(renderMarkdown(decision, options.heading === false ? {} : { name }) + '\n');
      else write(renderText(decision));
    },
  };
}
