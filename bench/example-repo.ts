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
