import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { renderMarkdown } from '../markdown.js';
import { SUMMARY_LIMIT } from './summary.js';
import type { Channel } from './channel.js';

/**
 * The report as files: the decision as JSON (with the run's facts) and the markdown report. Their
 * paths become the artifacts `report-json` and `report-markdown` (the action's outputs).
 */
export function reportFilesChannel(paths: { json?: string; markdown?: string }): Channel {
  return {
    what: 'write the report files',
    required: true,
    async publish(decision, { name, links, facts, artifacts }) {
      if (paths.json) {
        await mkdir(dirname(paths.json), { recursive: true });
        await writeFile(paths.json, JSON.stringify({ ...decision, ...facts }, null, 2));
        artifacts['report-json'] = paths.json;
      }
      if (paths.markdown) {
        const { trendUrl, benchmarkLink } = links;
        await mkdir(dirname(paths.markdown), { recursive: true });
        await writeFile(
          paths.markdown,
          renderMarkdown(decision, { name, trendUrl, benchmarkLink, maxBytes: SUMMARY_LIMIT }) + '\n',
        );
        artifacts['report-markdown'] = paths.markdown;
      }
    },
  };
}
