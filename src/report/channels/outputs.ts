import type { Channel, RunnerCommands } from './channel.js';

/** The step's outputs: the verdict, the counts, and what earlier channels made (report paths, comment URL). */
export function outputsChannel(runner: RunnerCommands): Channel {
  return {
    what: 'set the step outputs',
    required: true,
    async publish(decision, { artifacts }) {
      runner.setOutput('verdict', decision.verdict);
      runner.setOutput('regressions', String(decision.results.filter((r) => r.fails).length));
      runner.setOutput('inconclusive', String(decision.results.filter((r) => r.status === 'inconclusive').length));
      runner.setOutput('report-json', artifacts['report-json'] ?? '');
      runner.setOutput('report-markdown', artifacts['report-markdown'] ?? '');
      runner.setOutput('comment-url', artifacts['comment-url'] ?? '');
    },
  };
}
