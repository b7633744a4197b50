import type { PairedDecision } from '../analysis/paired.js';
import type { Rules } from '../config.js';
import { InputError } from '../errors.js';
import { gitOutput } from '../io/git.js';
import type { ResultSet } from '../model.js';
import { abDecision, measureAb, type AbPlan } from '../pipeline/ab.js';
import { withWorktrees } from '../pipeline/refs.js';
import { abBaseCommit } from './checkout.js';
import type { EventPlan } from './event.js';
import type { Settings } from './inputs.js';
import { actionsLog as log } from './runner.js';

/**
 * `mode: ab`: the base commit in a temporary worktree beside the workspace (removed afterwards, also
 * on failure), the head in the workspace, measured in interleaved rounds with the paired decision.
 */
export async function runAbInAction(
  settings: Settings,
  plan: EventPlan,
  rules: Rules,
): Promise<{ head: ResultSet; decision: PairedDecision; baseSha: string }> {
  if (!settings.run) throw new InputError('input run: mode ab needs the command that runs the benchmarks (it runs in each tree)');
  if (settings.baselinePatterns.length > 0)
    throw new InputError('input baseline: baseline files and mode ab exclude each other (A/B measures its own baseline)');
  const baseSha = await abBaseCommit(plan, settings.workspace, settings.ab.base);
  const headSha = (await gitOutput(settings.workspace, ['rev-parse', 'HEAD'])) || plan.sha;
  log.info(`Same-job A/B: base ${baseSha.slice(0, 10)} against head ${headSha.slice(0, 10)} on this runner.`);
  return withWorktrees(
    settings.workspace,
    [baseSha],
    async ([baseDir]) => {
      const ab: AbPlan = {
        base: { label: 'base', sha: baseSha, cwd: baseDir as string },
        head: { label: 'head', sha: headSha, cwd: settings.workspace },
        command: settings.run as string,
        flag: 'run',
        setup: settings.ab.setup,
        results: { patterns: settings.resultPatterns, tool: settings.tool },
        minRounds: settings.ab.minRounds,
        maxRounds: settings.ab.maxRounds,
        maxMinutes: settings.ab.maxMinutes,
        rules,
      };
      const outcome = await measureAb(ab, log, (text) => process.stdout.write(text));
      return { head: outcome.head, decision: abDecision(outcome, ab), baseSha };
    },
    settings.tempDir,
  );
}
