/**
 * What the evaluations on real git repositories share (bench:bisect, bench:escalate, bench:versions):
 * a number from the command line, git with a fixed identity, and a repository whose commits run the
 * bundled example suite (examples/causal-gym, benny, CAUSAL_GYM_QUICK=1) with each commit's
 * `slowdown.txt` (CAUSAL_GYM_SLOWDOWN: which benchmark does how much more work).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleForNode } from '../scripts/bundle.mjs';

/** `--name N` from the command line, else `fallback`. */
export function numberArg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1] ?? fallback) : fallback;
}

export const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=eval', '-c', 'user.email=eval@example.com', '-C', cwd, ...args], {
    encoding: 'utf8',
  }).trim();

/** Bundles the example suite into `work` once; returns its path. */
export async function exampleSuite(work: string): Promise<string> {
  const suite = join(work, 'causal-gym-bench.mjs');
  await bundleForNode('examples/causal-gym/bench.ts', suite);
  return suite;
}

/**
 * A new repository in `dir` whose `run.sh` runs `suite` with the commit's slowdown.txt, its first
 * commit ("good") with no slowdown; returns that commit's sha. The suite writes out/ (ignored).
 */
export function exampleRepository(dir: string, suite: string): string {
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  writeFileSync(
    join(dir, 'run.sh'),
    `export CAUSAL_GYM_QUICK=1\nexport CAUSAL_GYM_SLOWDOWN="$(cat slowdown.txt)"\nexec "${process.execPath}" --expose-gc "${suite}" --out out\n`,
  );
  writeFileSync(join(dir, 'slowdown.txt'), '');
  writeFileSync(join(dir, 'notes.txt'), '0\n');
  writeFileSync(join(dir, '.gitignore'), 'out/\n');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'good');
  return git(dir, 'rev-parse', 'HEAD');
}

/** One more commit with this slowdown (`NAME:FACTOR`, '' for none) and notes line; returns its sha. */
export function commitSlowdown(dir: string, slowdown: string, message: string, note?: string): string {
  writeFileSync(join(dir, 'slowdown.txt'), slowdown);
  if (note !== undefined) writeFileSync(join(dir, 'notes.txt'), `${note}\n`);
  git(dir, 'commit', '-q', '--allow-empty', '-am', message);
  return git(dir, 'rev-parse', 'HEAD');
}

/**
 * A release history in `dir` (bench:versions, `npm run demo -- --release`): v1 good, v2 where
 * `target` does 1.5× its work, v3 good again and checked out.
 */
export function releaseRepository(dir: string, suite: string, target: string): void {
  exampleRepository(dir, suite);
  git(dir, 'tag', 'v1');
  commitSlowdown(dir, `${target}:1.5`, `v2: ${target} does 1.5× its work`);
  git(dir, 'tag', 'v2');
  commitSlowdown(dir, '', 'v3: back to v1’s speed');
  git(dir, 'tag', 'v3');
}

export interface ReleaseRow {
  benchmark: string;
  metric: string;
  status: string;
  fails: boolean;
  measured_ratio: number | null;
}

/**
 * What `causal-perf run --baseline-ref v1 --baseline-ref v2 --current-ref v3 --format json` said of a
 * release repository: `target`'s row against each version, the other failing rows, and whether v3 is
 * unchanged against v1 and faster than v2 with nothing else failing.
 */
export function judgeRelease(
  report: { comparisons: { baseline_ref: string; results: ReleaseRow[] }[] },
  target: string,
): { v1?: ReleaseRow; v2?: ReleaseRow; others: string[]; ok: boolean } {
  const row = (ref: string) =>
    report.comparisons.find((c) => c.baseline_ref === ref)?.results.find((x) => x.benchmark === target && x.metric === 'time');
  const others = report.comparisons.flatMap((c) =>
    c.results.filter((x) => x.fails && x.benchmark !== target).map((x) => `${x.benchmark} vs ${c.baseline_ref}`),
  );
  const v1 = row('v1');
  const v2 = row('v2');
  return { v1, v2, others, ok: v1?.status === 'unchanged' && v2?.status === 'improvement' && others.length === 0 };
}
