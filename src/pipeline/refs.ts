/**
 * Two commits of one repository measured on this machine, in temporary worktrees, alternating runs so
 * a machine that drifts over time favours neither side (`causal-perf run --baseline-ref/--current-ref`).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { checkRef, Git, gitOutput } from '../io/git.js';
import { onCleanup } from '../io/cleanup.js';
import type { Logger } from '../io/log.js';
import type { Rules } from '../config.js';
import { measureAb, type AbOutcome, type AbPlan } from './ab.js';
import type { ResultFiles } from './measure.js';

export interface RefsJob {
  baseRef: string;
  currentRef: string;
  minRounds: number;
  maxRounds: number;
  maxMinutes: number;
  command: string;
  /** Run once in each worktree before the rounds (installing dependencies: a worktree has none). */
  setup?: string;
  /** The result files, relative to each worktree. */
  results: Omit<ResultFiles, 'cwd' | 'missing'>;
  cwd: string;
  rules: Rules;
}

/** Both refs in temporary worktrees, measured in interleaved rounds with the paired decision (same-job A/B). */
export async function measureRefs(
  job: RefsJob,
  log: Logger,
  output: (text: string) => void,
): Promise<{ outcome: AbOutcome; plan: AbPlan }> {
  const top = await gitOutput(job.cwd, ['rev-parse', '--show-toplevel']);
  if (!top) throw new InputError('run --baseline-ref/--current-ref: expected to be inside a git repository');
  const shas: string[] = [];
  for (const ref of [job.baseRef, job.currentRef]) {
    checkRef(ref, ref === job.baseRef ? '--baseline-ref' : '--current-ref');
    const sha = await gitOutput(top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    if (!sha) throw new InputError(`run: "${ref}" is not a commit of ${top}`);
    shas.push(sha);
  }
  return withWorktrees(top, shas, async ([base, current]) => {
    const plan: AbPlan = {
      base: { label: job.baseRef, sha: shas[0] as string, cwd: base as string },
      head: { label: job.currentRef, sha: shas[1] as string, cwd: current as string },
      command: job.command,
      ...(job.setup ? { setup: job.setup } : {}),
      flag: '--suite',
      results: job.results,
      minRounds: job.minRounds,
      maxRounds: job.maxRounds,
      maxMinutes: job.maxMinutes,
      rules: job.rules,
    };
    return { outcome: await measureAb(plan, log, output), plan };
  });
}

/**
 * Runs `fn` with a detached worktree of each commit in a temporary folder; the worktrees are removed
 * afterwards, also when `fn` fails. A worktree that cannot be made stops with git's message.
 */
export async function withWorktrees<T>(
  repo: string,
  shas: string[],
  fn: (dirs: string[]) => Promise<T>,
  parent = tmpdir(),
): Promise<T> {
  const git = new Git(repo);
  const dir = await mkdtemp(join(parent, 'causal-perf-worktrees-'));
  const trees = shas.map((_, i) => join(dir, `tree-${i}`));
  const remove = async () => {
    for (const tree of trees) await gitOutput(repo, ['worktree', 'remove', '--force', tree]);
    await gitOutput(repo, ['worktree', 'prune']);
    await rm(dir, { recursive: true, force: true });
  };
  // A cancelled job (SIGINT, SIGTERM) removes them too, not only a finished one.
  const forget = onCleanup(remove);
  try {
    for (let i = 0; i < shas.length; i++)
      await git.exec(['worktree', 'add', '--detach', '--quiet', trees[i] as string, shas[i] as string]);
    return await fn(trees);
  } finally {
    forget();
    await remove();
  }
}
