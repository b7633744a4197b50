/**
 * `causal-perf run`: the pipeline on a workstation (run the suite, parse, compare with the local
 * history, report, record, write the trend page), and the two-ref mode that measures two commits of
 * the current repository in temporary worktrees on this machine.
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Rules } from '../config.js';
import { InputError } from '../errors.js';
import { openHistory } from '../history/open.js';
import { siteFiles } from '../history/site-files.js';
import { systemClock } from '../io/clock.js';
import { checkRef, defaultBranchName, Git, gitOutput, readCommit } from '../io/git.js';
import { machineFacts } from '../io/machine.js';
import { readRules } from '../io/rules-file.js';
import { runPipeline, type Collaborators } from '../pipeline/index.js';
import { acceptedInMessage } from '../analysis/accept.js';
import { abDecision } from '../pipeline/ab.js';
import { measureRefs } from '../pipeline/refs.js';
import type { PairPlan } from '../pipeline/escalate.js';
import type { Channel } from '../report/channels/channel.js';
import { consoleChannel, consoleFormat, type ConsoleFormat } from '../report/channels/console.js';
import { comparisonsJson, renderComparisons, type VersionComparison } from '../report/versions.js';
import { writeFile } from 'node:fs/promises';
import { reportFilesChannel } from '../report/channels/files.js';
import { defaultTestbed } from '../report/labels.js';
import { cliLog, type CliIO } from './output.js';

const OPTIONS = {
  suite: { type: 'string' },
  output: { type: 'string', multiple: true },
  'history-dir': { type: 'string' },
  config: { type: 'string' },
  tool: { type: 'string' },
  name: { type: 'string' },
  testbed: { type: 'string' },
  format: { type: 'string' },
  markdown: { type: 'string' },
  branch: { type: 'string' },
  'baseline-ref': { type: 'string', multiple: true },
  'current-ref': { type: 'string' },
  runs: { type: 'string' },
  'min-rounds': { type: 'string' },
  'max-rounds': { type: 'string' },
  'max-minutes': { type: 'string' },
  'confirm-runs': { type: 'string' },
  'confirm-max-minutes': { type: 'string' },
  'confirm-ab': { type: 'string' },
  accept: { type: 'string', multiple: true },
  'no-record': { type: 'boolean' },
  setup: { type: 'string' },
  measure: { type: 'string' },
  'instructions-harness': { type: 'string' },
  'instructions-command': { type: 'string' },
} as const;

export async function runCommand(args: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({ args, options: OPTIONS });
  if (!values.suite) throw new InputError('run: expected --suite CMD (the command that runs the benchmarks)');
  if (!values.output?.length)
    throw new InputError('run: expected --output FILE (the result file(s) the suite writes; globs allowed)');
  const format = consoleFormat(values.format);
  const name = values.name ?? 'benchmarks';
  const { rules } = await readRules(values.config);
  const cwd = process.cwd();
  const channels: Channel[] = [consoleChannel(format, io.stdout)];
  if (values.markdown) channels.push(reportFilesChannel({ markdown: values.markdown }));
  const clock = io.clock ?? systemClock;
  const log = cliLog(io);
  const deps: Collaborators = { channels, clock, log, suiteOutput: io.stderr };

  if (values['baseline-ref'] || values['current-ref']) {
    const { minRounds, maxRounds, maxMinutes } = abCaps(values);
    const currentRef = values['current-ref'] ?? 'HEAD';
    const refsJob = (baseRef: string) => ({
      baseRef,
      currentRef,
      minRounds,
      maxRounds,
      maxMinutes,
      command: values.suite as string,
      ...(values.setup ? { setup: values.setup } : {}),
      results: { patterns: values.output as string[], tool: values.tool },
      cwd,
      rules,
    });
    const baselines = values['baseline-ref'] ?? ['main'];
    // Several versions (a release against earlier releases): one same-job A/B per version, one table.
    if (baselines.length > 1) return compareVersions(baselines, currentRef, refsJob, format, values.markdown, io, log);
    const { outcome, plan } = await measureRefs(refsJob(baselines[0]!), log, io.stderr);
    return verdictCode(
      await runPipeline(
        { name, rules, head: { measured: outcome.head }, baseline: { from: 'decided', decision: abDecision(outcome, plan) } },
        deps,
      ),
    );
  }

  const historyDir = resolve(values['history-dir'] ?? '.causal-perf/history');
  const branch = values.branch ?? (await gitOutput(cwd, ['rev-parse', '--abbrev-ref', 'HEAD'])) ?? 'local';
  const testbed = values.testbed?.trim() || defaultTestbed();
  const commit = await readCommit(cwd);
  const job = localJob(name, rules, values, cwd, branch, commit, testbed);
  // A feature branch with no runs yet is judged against the default branch's (its start point).
  const start = values.branch ? undefined : await defaultBranchName(cwd);
  if (start && start !== branch && job.baseline.from === 'history') job.baseline.fallbackBranch = start;
  // --no-record: a local check that leaves the history as it was.
  if (values['no-record']) delete job.record;
  const confirmRuns = whole('--confirm-runs', values['confirm-runs'] ?? String(DEFAULT_CONFIRM_RUNS), 0, 20);
  const maxMinutes = whole('--confirm-max-minutes', values['confirm-max-minutes'] ?? '10', 1, 24 * 60);
  // --accept GLOB: this run's changes to those benchmarks are intended; so are the commit's trailers.
  job.accepted = [
    ...(values.accept ?? []).map((pattern) => ({ pattern, source: '--accept' })),
    ...acceptedInMessage(commit?.body, commit?.author),
  ];
  const measure = values.measure ?? 'time';
  if (measure !== 'time' && measure !== 'instructions')
    throw new InputError(`--measure: expected time or instructions, got "${measure}"`);
  const harness = values['instructions-harness'];
  if (harness !== undefined && harness !== 'pytest' && harness !== 'env')
    throw new InputError(`--instructions-harness: expected pytest or env, got "${harness}"`);
  if (measure === 'instructions' && !('measured' in job.head))
    job.head.instructions = {
      ...(harness ? { harness } : {}),
      ...(values['instructions-command'] ? { command: values['instructions-command'] } : {}),
      cwd,
      flag: '--measure instructions',
    };
  if (confirmRuns > 0 && !('measured' in job.head) && job.head.suite)
    job.confirm = { runs: confirmRuns, maxMinutes, suite: job.head.suite, results: job.head.results };
  // --confirm-ab REF: rows the re-runs could not decide are measured in paired rounds against REF.
  if (values['confirm-ab'] !== undefined && !('measured' in job.head) && job.head.suite)
    job.pair = await checkedPairPlan(values['confirm-ab'], cwd, values, job.head.suite.command, job.head.results);
  const outcome = await runPipeline(job, {
    ...deps,
    openHistory: () =>
      openHistory({ storage: 'local', local: { dir: historyDir }, site: siteFiles, clock, warn: log.warn, record: true }),
  });
  if (outcome.recordedIn.length > 0) {
    io.stderr(`Trend page: ${resolve(historyDir, 'index.html')} (serve it with: causal-perf serve ${historyDir})\n`);
    // A history inside the repository's work tree, not ignored, would end up in a commit. One git
    // process: check-ignore exits 1 for such a path, 0 for an ignored one, 128 outside a work tree.
    const ignored = await new Git(cwd)
      .exec(['check-ignore', '-q', '--', historyDir], { allowFailure: true, timeoutMs: 10_000 })
      .catch(() => undefined);
    if (ignored?.code === 1)
      io.stderr(
        `Hint: ${relative(cwd, historyDir) || '.'} is inside this repository and not ignored; add it to .gitignore (or keep it elsewhere with --history-dir).\n`,
      );
  }
  return verdictCode(outcome);
}

function localJob(
  name: string,
  rules: Rules,
  values: { suite?: string; output?: string[]; tool?: string },
  cwd: string,
  branch: string,
  commit: Awaited<ReturnType<typeof readCommit>>,
  testbed: string,
): Parameters<typeof runPipeline>[0] {
  return {
    name,
    rules,
    head: {
      suite: { command: values.suite as string, cwd, flag: '--suite' },
      results: {
        patterns: values.output ?? [],
        cwd,
        missing: (p) => `--output: the suite wrote no file matching "${p}" (in ${cwd})`,
        tool: values.tool,
      },
    },
    baseline: { from: 'history', branch, testbed },
    facts: { suite: name, testbed, branch, commit },
    record: {
      commit: commit ?? { sha: 'local' },
      branch,
      event: 'local',
      runId: `${process.pid}-${Date.now()}`,
      environment: machineFacts(),
      testbed,
    },
  };
}

/**
 * --confirm-ab REF: the base commit and the A/B caps (--min-rounds, --max-rounds, --max-minutes,
 * --setup), checked before the suite runs (a bad ref is bad input, exit 2).
 */
async function checkedPairPlan(
  ref: string,
  cwd: string,
  values: { setup?: string; 'min-rounds'?: string; 'max-rounds'?: string; 'max-minutes'?: string },
  command: string,
  results: { patterns: string[]; tool?: string },
): Promise<() => Promise<PairPlan>> {
  const top = await gitOutput(cwd, ['rev-parse', '--show-toplevel']);
  if (!top)
    throw new InputError(
      'run --confirm-ab: expected to be inside a git repository (the base commit is measured in a worktree of it)',
    );
  checkRef(ref, '--confirm-ab');
  const baseSha = await gitOutput(top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  if (!baseSha) throw new InputError(`run --confirm-ab: "${ref}" is not a commit of ${top}`);
  const plan: PairPlan = {
    repo: top,
    subdir: relative(top, cwd),
    baseSha,
    headSha: (await gitOutput(top, ['rev-parse', 'HEAD'])) ?? 'HEAD',
    command,
    flag: '--suite',
    ...(values.setup ? { setup: values.setup } : {}),
    results: { patterns: results.patterns, tool: results.tool },
    // --runs belongs to the two-ref modes; pairing goes on while its rows are undecided.
    ...abCaps({ ...values, runs: undefined }),
  };
  return () => Promise.resolve(plan);
}

/**
 * The A/B caps of the two-ref modes and --confirm-ab: --runs N for exactly N rounds; otherwise rounds
 * until every row is decided, from --min-rounds (3) to --max-rounds (30), within --max-minutes (30).
 */
function abCaps(values: { runs?: string; 'min-rounds'?: string; 'max-rounds'?: string; 'max-minutes'?: string }): {
  minRounds: number;
  maxRounds: number;
  maxMinutes: number;
} {
  const fixed = values.runs === undefined ? undefined : whole('--runs', values.runs, 1, 50);
  const minRounds = fixed ?? whole('--min-rounds', values['min-rounds'] ?? '3', 2, 100);
  return {
    minRounds,
    maxRounds: fixed ?? whole('--max-rounds', values['max-rounds'] ?? '30', minRounds, 100),
    maxMinutes: whole('--max-minutes', values['max-minutes'] ?? '30', 1, 24 * 60),
  };
}

/**
 * The current ref against each of several versions: a same-job A/B per version (both in worktrees),
 * reported as one table with a column per version; exit 1 when it broke a rule against any of them.
 */
async function compareVersions(
  baselines: string[],
  currentRef: string,
  refsJob: (baseRef: string) => Parameters<typeof measureRefs>[0],
  format: ConsoleFormat,
  markdownFile: string | undefined,
  io: CliIO,
  log: ReturnType<typeof cliLog>,
): Promise<number> {
  const comparisons: VersionComparison[] = [];
  for (const ref of baselines) {
    io.stderr(`== ${currentRef} against ${ref}\n`);
    const { outcome, plan } = await measureRefs(refsJob(ref), log, io.stderr);
    comparisons.push({ baseline_ref: ref, baseline_sha: plan.base.sha, decision: abDecision(outcome, plan) });
  }
  if (format === 'json') io.stdout(JSON.stringify(comparisonsJson(currentRef, comparisons), null, 2) + '\n');
  else io.stdout(renderComparisons(currentRef, comparisons, format));
  if (markdownFile) await writeFile(markdownFile, renderComparisons(currentRef, comparisons, 'markdown'));
  return comparisons.some((c) => c.decision.verdict === 'fail') ? 1 : 0;
}

/** Re-measurement is on by default wherever the suite can run (see the README's detection figures). */
const DEFAULT_CONFIRM_RUNS = 3;

export function whole(flag: string, raw: string, min: number, max: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new InputError(`${flag}: expected a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}

const verdictCode = ({ decision }: { decision: { verdict: string } }) => (decision.verdict === 'fail' ? 1 : 0);
