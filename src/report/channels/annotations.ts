import type { Channel, RunnerCommands } from './channel.js';

/** One annotation per broken rule (error), report-only regression and warning (warning), inconclusive row (notice). */
export function annotationsChannel(runner: RunnerCommands): Channel {
  return {
    what: 'write the annotations',
    required: true,
    async publish(decision) {
      for (const r of decision.results.filter((x) => x.fails))
        runner.annotate('error', `${r.benchmark} ${r.metric}: ${r.reason}`, `causal-perf: ${r.status}`);
      for (const r of decision.results.filter((x) => !x.fails && x.status === 'regression'))
        runner.annotate('warning', `${r.benchmark} ${r.metric}: ${r.reason}`, 'causal-perf: regression (report only)');
      for (const w of decision.warnings) runner.annotate('warning', w, 'causal-perf');
      for (const r of decision.results.filter((x) => x.status === 'inconclusive'))
        runner.annotate('notice', `${r.benchmark} ${r.metric}: ${r.reason}`, 'causal-perf: inconclusive');
    },
  };
}
