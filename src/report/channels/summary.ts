import { renderMarkdown } from '../markdown.js';
import type { Channel, RunnerCommands } from './channel.js';

/** The job summary may hold 1 MiB per step, counted in bytes. */
export const SUMMARY_LIMIT = 1_000_000;

/** The full report in the job summary. */
export function summaryChannel(runner: RunnerCommands, redact: (text: string) => string = (text) => text): Channel {
  return {
    what: 'write the job summary',
    required: false,
    async publish(decision, { name, links }) {
      const { trendUrl, benchmarkLink } = links;
      await runner.appendSummary(redact(renderMarkdown(decision, { name, trendUrl, benchmarkLink, maxBytes: SUMMARY_LIMIT })));
    },
  };
}
