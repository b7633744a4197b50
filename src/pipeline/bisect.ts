/**
 * Noise-aware bisection: the first commit of a range whose named benchmarks break their rule against
 * the good commit. Each probe is a same-job A/B (measureAb): the good commit and the candidate in
 * interleaved rounds until the paired test says same or different for every named benchmark; a probe
 * that stays unknown is repeated once with fresh rounds, and a search never turns on one measurement.
 *
 * The search (searchCulprit) takes the probe as a function, so its logic is tested without measuring;
 * bisect() wires it to worktrees of the repository and the suite.
 */
import picomatch from 'picomatch';
import { fmtPct, rowKey } from '../analysis/decide.js';
import type { Rules } from '../config.js';
import { InputError } from '../errors.js';
import { checkRef, gitOutput } from '../io/git.js';
import type { Logger } from '../io/log.js';
import { measureAb, type AbPlan } from './ab.js';
import type { ResultFiles } from './measure.js';
import { runSuite } from './measure.js';
import { BENCHMARKS_ENV } from './remeasure.js';
import { withWorktrees } from './refs.js';

export type ProbeResult = 'same' | 'different' | 'unknown';

export interface Probe {
  result: ProbeResult;
  rounds: number;
  /** The largest measured change (candidate ÷ good) among the named benchmarks, null when none was measured. */
  change: number | null;
  /** Benchmarks that broke their rule against the good commit. */
  broken: string[];
}

export interface Step extends Probe {
  sha: string;
  subject: string;
  /** 1 for a first probe of this commit, 2 for its repeat. */
  attempt: number;
}

export interface BisectReport {
  culprit: { sha: string; subject: string } | null;
  verdict: 'found' | 'unknown';
  /** Why the verdict is unknown (a probe that stayed unknown, the time budget, nothing broke). */
  reason: string;
  good: string;
  bad: string;
  /** The commits searched (first-parent unless asked otherwise), oldest first; the bad commit is the last. */
  commits: number;
  /** Most probes the search can need: one of the bad commit, ⌈log₂ n⌉ more, each repeated once at most. */
  maxProbes: number;
  steps: Step[];
  benchmarks: string[];
}

export interface Commit {
  sha: string;
  subject: string;
}

/** A probe's change as the reports print it ("+50 %", or "–" when none was measured). */
export const stepChange = (s: Pick<Probe, 'change'>) => (s.change === null ? '–' : fmtPct(s.change));

/** One probe in a line, as the CLI and the action log it while the search runs. */
export function describeStep(s: Step, maxProbes: number): string {
  return `bisect: probe ${s.sha.slice(0, 7)}: ${s.result} after ${s.rounds} round${s.rounds === 1 ? '' : 's'}, ${stepChange(s)} (at most ${maxProbes} probes)`;
}

/** Probes the search needs at most for n commits after the good one: the bad one, then ⌈log₂ n⌉; ×2 with repeats. */
export function probesNeeded(n: number): { probes: number; withRepeats: number } {
  const probes = 1 + (n > 1 ? Math.ceil(Math.log2(n)) : 0);
  return { probes, withRepeats: 2 * probes };
}

/**
 * The binary search over `commits` (oldest first, the bad one last; the good one is before them).
 * The bad commit is probed first: it names the benchmarks (when none were given) and shows there is a
 * break to find. Then the range halves on each decided probe; an unknown probe is repeated once, and
 * one that stays unknown ends the search with verdict unknown, as does a spent budget.
 */
export async function searchCulprit(
  commits: readonly Commit[],
  probe: (commit: Commit, benchmarks: string[] | undefined, attempt: number) => Promise<Probe>,
  options: { benchmarks?: string[]; outOfTime?: () => boolean; onStep?: (step: Step) => void } = {},
): Promise<Omit<BisectReport, 'good' | 'bad' | 'commits' | 'maxProbes'>> {
  const steps: Step[] = [];
  const name = (c: Commit) => `${c.sha.slice(0, 7)} (${c.subject})`;
  let benchmarks = options.benchmarks;
  const decided = async (commit: Commit): Promise<ProbeResult | 'spent'> => {
    for (let attempt = 1; attempt <= 2; attempt++) {
      if (options.outOfTime?.()) return 'spent';
      const p = await probe(commit, benchmarks, attempt);
      const step = { ...commit, ...p, attempt };
      steps.push(step);
      options.onStep?.(step);
      if (p.result !== 'unknown') return p.result;
    }
    return 'unknown';
  };
  const stop = (reason: string) => ({ culprit: null, verdict: 'unknown' as const, reason, steps, benchmarks: benchmarks ?? [] });
  const spent = 'the time budget (--max-minutes) was spent before the search ended';
  const bad = commits.at(-1);
  if (!bad) return stop('the range holds no commit after the good one');
  const first = await decided(bad);
  if (first === 'spent') return stop(spent);
  if (first !== 'different')
    return stop(
      first === 'same'
        ? `no named benchmark breaks its rule between the good commit and ${name(bad)}: there is nothing to bisect`
        : `two probes of the bad commit ${name(bad)} could not tell it from the good one`,
    );
  // Without --benchmark: the benchmarks that broke on the bad commit are the ones followed.
  benchmarks ??= steps.at(-1)!.broken;
  // lo: the newest commit known the same as good (−1: good itself); hi: the oldest known different.
  let lo = -1;
  let hi = commits.length - 1;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const result = await decided(commits[mid]!);
    if (result === 'spent') return stop(spent);
    if (result === 'unknown') return stop(`two probes of ${name(commits[mid]!)} could not tell it from the good commit`);
    if (result === 'different') hi = mid;
    else lo = mid;
  }
  const culprit = commits[hi]!;
  return {
    culprit: { sha: culprit.sha, subject: culprit.subject },
    verdict: 'found',
    reason: `it breaks the rule and ${lo < 0 ? 'the good commit' : name(commits[lo]!)}, the commit before it, does not`,
    steps,
    benchmarks,
  };
}

export interface BisectJob {
  good: string;
  bad: string;
  /** The repository (any directory inside its work tree). */
  cwd: string;
  command: string;
  setup?: string;
  results: Omit<ResultFiles, 'cwd' | 'missing'>;
  /** Names or globs of the benchmarks to follow; absent: those that break between good and bad. */
  benchmarks?: string[];
  /** Follow merged branches too (every commit on a path from good to bad), not the first parents only. */
  allParents?: boolean;
  minRounds: number;
  maxRounds: number;
  maxMinutes: number;
  rules: Rules;
  /** Where the temporary worktrees go (default: the system's temporary folder). */
  tempDir?: string;
}

/** The commits after `good` up to `bad`, oldest first (first-parent by default). */
export async function rangeCommits(top: string, good: string, bad: string, allParents = false): Promise<Commit[]> {
  const args = [
    'log',
    '--reverse',
    '--format=%H%x00%s',
    ...(allParents ? ['--topo-order', '--ancestry-path'] : ['--first-parent']),
  ];
  const out = await gitOutput(top, [...args, '--end-of-options', `${good}..${bad}`]);
  if (out === undefined) throw new InputError(`bisect: git could not list the commits from ${good} to ${bad}`);
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [sha = '', subject = ''] = line.split('\0');
      return { sha, subject };
    });
}

/** Bisects a range of this repository's commits, each probe an A/B in temporary worktrees. */
export async function bisect(
  job: BisectJob,
  log: Logger,
  output: (text: string) => void,
  onStep?: (step: Step, maxProbes: number) => void,
): Promise<BisectReport> {
  const top = await gitOutput(job.cwd, ['rev-parse', '--show-toplevel']);
  if (!top) throw new InputError('bisect: expected to be inside a git repository');
  const resolveRef = async (ref: string, flag: string) => {
    checkRef(ref, flag);
    const sha = await gitOutput(top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    if (!sha) throw new InputError(`bisect: ${flag} "${ref}" is not a commit of ${top}`);
    return sha;
  };
  const good = await resolveRef(job.good, '--good');
  const bad = await resolveRef(job.bad, '--bad');
  if ((await gitOutput(top, ['merge-base', '--is-ancestor', good, bad])) === undefined)
    throw new InputError(`bisect: --good ${job.good} is not an ancestor of --bad ${job.bad}`);
  const commits = await rangeCommits(top, good, bad, job.allParents);
  if (commits.length === 0) throw new InputError(`bisect: no commit after --good ${job.good} up to --bad ${job.bad}`);
  const { probes, withRepeats } = probesNeeded(commits.length);
  log.info(
    `bisect: ${commits.length} commit${commits.length === 1 ? '' : 's'} after ${job.good} up to ${job.bad}${job.allParents ? '' : ' (first parents)'}: at most ${probes} probes, ${withRepeats} if each is repeated; within ${job.maxMinutes} minutes.`,
  );
  const start = Date.now();
  const left = () => job.maxMinutes - (Date.now() - start) / 60_000;
  const matchers = job.benchmarks?.map((p) => picomatch(p));
  // After the bad commit's probe the search follows the benchmarks that broke there (exact names);
  // before it, those --benchmark names or globs match, or every benchmark.
  const follows = (name: string, named: string[] | undefined) =>
    named ? named.includes(name) : matchers ? matchers.some((m) => m(name)) : true;

  // Once the bad commit is measured, each followed row is judged against the midpoint between the
  // good and the bad commit (the geometric mean of their figures, at least the rule's limit): is the
  // candidate nearer the one or the other. A commit that twenty rounds on a noisy runner cannot call
  // "within +10 %" is still clearly short of half of a +50 % step.
  const limits = new Map<string, number>();
  const found = await withWorktrees(
    top,
    [good],
    async ([goodTree]) => {
      if (job.setup) await runSuite({ command: job.setup, cwd: goodTree!, flag: '--setup' }, log, output);
      return searchCulprit(
        commits,
        (commit, named, attempt) =>
          withWorktrees(
            top,
            [commit.sha],
            async ([tree]) => {
              if (job.setup) await runSuite({ command: job.setup, cwd: tree!, flag: '--setup' }, log, output);
              const plan: AbPlan = {
                base: { label: `good ${good.slice(0, 7)}`, sha: good, cwd: goodTree! },
                head: {
                  label: `candidate ${commit.sha.slice(0, 7)}${attempt > 1 ? ' (again)' : ''}`,
                  sha: commit.sha,
                  cwd: tree!,
                },
                command: job.command,
                flag: '--suite',
                results: job.results,
                minRounds: job.minRounds,
                maxRounds: job.maxRounds,
                maxMinutes: Math.max(0.1, left()),
                rules: job.rules,
                limits,
                follow: (row) => row.enforced && follows(row.benchmark, named),
                // Only the followed benchmarks, where the suite honours the list (exact names only).
                ...(named?.length ? { env: { ...process.env, [BENCHMARKS_ENV]: named.join('\n') } } : {}),
              };
              const outcome = await measureAb(plan, log, output);
              const rows = outcome.decision.results.filter((r) => r.enforced && follows(r.benchmark, named));
              if (job.benchmarks && rows.length === 0)
                throw new InputError(
                  `bisect: --benchmark ${job.benchmarks.join(', ')} matches no benchmark the suite measured (${outcome.decision.results
                    .map((r) => r.benchmark)
                    .filter((v, i, a) => a.indexOf(v) === i)
                    .slice(0, 8)
                    .join(', ')})`,
                );
              const broken = rows.filter((r) => r.fails);
              if (commit.sha === bad && limits.size === 0)
                for (const r of broken) {
                  const worse = r.ratio === null ? undefined : r.direction === 'smaller' ? r.ratio : 1 / r.ratio;
                  if (worse !== undefined && r.limit !== undefined && worse > r.limit)
                    limits.set(rowKey(r), Math.max(r.limit, Math.sqrt(worse)));
                }
              const changes = rows.map((r) => r.measured_ratio).filter((v): v is number => v !== null && v > 0);
              const worst = changes.length
                ? changes.reduce((a, b) => (Math.abs(Math.log(b)) > Math.abs(Math.log(a)) ? b : a))
                : null;
              return {
                result: broken.length > 0 ? 'different' : rows.every((r) => r.settled !== false) ? 'same' : 'unknown',
                rounds: outcome.rounds.length,
                change: worst,
                broken: [...new Set(broken.map((r) => r.benchmark))],
              };
            },
            job.tempDir,
          ),
        {
          outOfTime: () => left() <= 0,
          onStep: (step) => onStep?.(step, withRepeats),
        },
      );
    },
    job.tempDir,
  );
  return { ...found, good, bad, commits: commits.length, maxProbes: withRepeats };
}
