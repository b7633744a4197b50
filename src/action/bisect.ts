import type { Rules } from '../config.js';
import { InputError } from '../errors.js';
import { createCommitComment } from '../github/comment.js';
import { gitOutput } from '../io/git.js';
import { bisect, describeStep, stepChange, type BisectReport } from '../pipeline/bisect.js';
import type { EventPlan } from './event.js';
import type { Settings } from './inputs.js';
import { actionsCommands, actionsLog as log } from './runner.js';

/**
 * `mode: bisect`: the first commit between bisect-good (default: the push's before) and bisect-bad
 * (default: the checkout) whose benchmarks break their rule against the good one. The search goes to
 * the job summary and the outputs; on the default branch, a commit comment on the culprit says so.
 */
export async function runBisectInAction(
  settings: Settings,
  plan: EventPlan,
  rules: Rules,
  redact: (text: string) => string,
): Promise<BisectReport> {
  if (!settings.run)
    throw new InputError('input run: mode bisect needs the command that runs the benchmarks (it runs in each tree)');
  const good = settings.bisect.good ?? plan.previousSha;
  if (!good)
    throw new InputError(
      "input bisect-good: mode bisect needs a commit without the regression (on a push, the push's before is the default)",
    );
  if ((await gitOutput(settings.workspace, ['rev-parse', '--is-shallow-repository'])) === 'true')
    throw new InputError(
      'mode bisect: the checkout is shallow, so the commits between bisect-good and bisect-bad are not there; check out with fetch-depth: 0',
    );
  const report = await bisect(
    {
      good,
      bad: settings.bisect.bad ?? 'HEAD',
      cwd: settings.workspace,
      command: settings.run,
      ...(settings.ab.setup ? { setup: settings.ab.setup } : {}),
      results: { patterns: settings.resultPatterns, tool: settings.tool },
      ...(settings.bisect.benchmarks.length ? { benchmarks: settings.bisect.benchmarks } : {}),
      allParents: settings.bisect.allParents,
      minRounds: settings.ab.minRounds,
      maxRounds: settings.ab.maxRounds,
      maxMinutes: settings.bisect.maxMinutes,
      rules,
      tempDir: settings.tempDir,
    },
    log,
    (text) => process.stdout.write(text),
    (step, max) => log.info(describeStep(step, max)),
  );
  const markdown = redact(bisectMarkdown(report, settings.name, plan));
  actionsCommands.setOutput('bisect-verdict', report.verdict);
  actionsCommands.setOutput('bisect-culprit', report.culprit?.sha ?? '');
  if (settings.summary) await actionsCommands.appendSummary(markdown);
  if (report.culprit && plan.branch === plan.defaultBranch) {
    if (!settings.token)
      log.warn('no github-token: the commit comment on the culprit is skipped (the search is in the job summary)');
    else {
      const api = (await import('../github/api.js')).createApi(settings.token, log.warn);
      const { url } = await createCommitComment(
        api,
        { owner: plan.repo.owner, repo: plan.repo.repo, commit_sha: report.culprit.sha },
        markdown,
      );
      log.info(`Commit comment on the culprit: ${url}`);
    }
  }
  if (report.verdict === 'unknown') log.warn(`bisect: no culprit named: ${report.reason}`);
  return report;
}

/** The search as the job summary and the culprit's commit comment show it. */
export function bisectMarkdown(r: BisectReport, name: string, plan: Pick<EventPlan, 'serverUrl' | 'repo'>): string {
  const link = (sha: string) => `[\`${sha.slice(0, 7)}\`](${plan.serverUrl}/${plan.repo.owner}/${plan.repo.repo}/commit/${sha})`;
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `## ${cell(name)}: bisect`,
    '',
    r.culprit
      ? `**Found:** ${link(r.culprit.sha)} ${cell(r.culprit.subject)} is the first commit after ${link(r.good)} whose ${r.benchmarks.map((b) => `\`${cell(b)}\``).join(', ')} break${r.benchmarks.length === 1 ? 's' : ''} the rule: ${cell(r.reason)}.`
      : `**Unknown:** ${cell(r.reason)}.`,
    '',
    `${r.commits} commit${r.commits === 1 ? '' : 's'} from ${link(r.good)} to ${link(r.bad)}, at most ${r.maxProbes} probes; each probe measures the commit against ${link(r.good)} on this runner in interleaved rounds until the paired test says same or different.`,
    '',
    '| probe | commit | result | rounds | change | subject |',
    '|---|---|---|---|---|---|',
    ...r.steps.map(
      (s, i) =>
        `| ${i + 1}${s.attempt > 1 ? ' (again)' : ''} | ${link(s.sha)} | ${s.result} | ${s.rounds} | ${stepChange(s)} | ${cell(s.subject)} |`,
    ),
    '',
  ].join('\n');
}
