/**
 * Two commits of one repository measured on this machine, in temporary worktrees, alternating runs so
 * a machine that drifts over time favours neither side (`causal-perf run --baseline-ref/--current-ref`).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { Git, gitOutput } from '../io/git.js';
import type { Logger } from '../io/log.js';
import type { Benchmark, Metric, ResultSet } from '../model.js';
import { parseResults, runSuite, type ResultFiles } from './measure.js';

/** Several runs of one commit as one: samples pooled, single figures averaged. */
export function poolRuns(runs: ResultSet[]): ResultSet {
  const byName = new Map<string, { b: Benchmark; metrics: Map<string, Metric[]> }>();
  for (const r of runs)
    for (const b of r.benchmarks) {
      const entry = byName.get(b.name) ?? { b, metrics: new Map<string, Metric[]>() };
      for (const [k, m] of Object.entries(b.metrics)) entry.metrics.set(k, [...(entry.metrics.get(k) ?? []), m]);
      byName.set(b.name, entry);
    }
  return {
    benchmarks: [...byName.values()].map(({ b, metrics }) => ({
      ...b,
      metrics: Object.fromEntries(
        [...metrics].map(([k, ms]) => {
          const samples = ms.every((m) => m.samples) ? ms.flatMap((m) => m.samples ?? []) : undefined;
          const first = ms[0] as Metric;
          const value = ms.reduce((s, m) => s + m.value, 0) / ms.length;
          return [k, { value, unit: first.unit, direction: first.direction, ...(samples ? { samples } : {}) }];
        }),
      ),
    })),
  };
}

export interface RefsJob {
  baseRef: string;
  currentRef: string;
  runs: number;
  command: string;
  /** The result files, relative to each worktree. */
  results: Omit<ResultFiles, 'cwd' | 'missing'>;
  cwd: string;
}

/** The current ref's runs pooled into one head run, and the baseline ref's runs as its history. */
export async function measureRefs(
  job: RefsJob,
  log: Logger,
  output: (text: string) => void,
): Promise<{ head: ResultSet; baseline: ResultSet[] }> {
  const top = await gitOutput(job.cwd, ['rev-parse', '--show-toplevel']);
  if (!top) throw new InputError('run --baseline-ref/--current-ref: expected to be inside a git repository');
  const shas: string[] = [];
  for (const ref of [job.baseRef, job.currentRef]) {
    const sha = await gitOutput(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    if (!sha) throw new InputError(`run: "${ref}" is not a commit of ${top}`);
    shas.push(sha);
  }
  const git = new Git(top);
  const dir = await mkdtemp(join(tmpdir(), 'causal-perf-refs-'));
  const trees = [join(dir, 'baseline'), join(dir, 'current')];
  try {
    // A worktree that cannot be made stops the comparison (Git.exec rejects).
    for (let i = 0; i < 2; i++) await git.exec(['worktree', 'add', '--detach', '--quiet', trees[i] as string, shas[i] as string]);
    const results: ResultSet[][] = [[], []];
    for (let r = 0; r < job.runs; r++) {
      // Alternate the order so a machine that slows down over time does not favour one side.
      for (const side of r % 2 === 0 ? [0, 1] : [1, 0]) {
        const tree = trees[side] as string;
        const ref = side === 0 ? job.baseRef : job.currentRef;
        output(`== ${ref} (${(shas[side] as string).slice(0, 10)}), run ${r + 1} of ${job.runs}\n`);
        await runSuite({ command: job.command, cwd: tree, flag: '--suite' }, log, output);
        (results[side] as ResultSet[]).push(
          await parseResults({
            ...job.results,
            cwd: tree,
            missing: (p) => `--output: the suite wrote no file matching "${p}" (in ${tree})`,
          }),
        );
      }
    }
    return { head: poolRuns(results[1] as ResultSet[]), baseline: results[0] as ResultSet[] };
  } finally {
    for (const tree of trees) await gitOutput(top, ['worktree', 'remove', '--force', tree]);
    await gitOutput(top, ['worktree', 'prune']);
    await rm(dir, { recursive: true, force: true });
  }
}
