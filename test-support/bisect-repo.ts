/** A real git repository for bisection tests: a good commit, then commits of which one makes a benchmark slower. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A suite with no timing noise: each benchmark's time is its base × factor.txt (intervene only).
 * A file named by CAUSAL_GYM_SPIKE_ONCE, when it exists, is removed and that one run reads intervene
 * 1.6× slower: a neighbour's burst in one run of the job, which the code did not cause.
 */
const SUITE = `
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
let factor = Number(readFileSync('factor.txt', 'utf8'));
const spike = process.env.CAUSAL_GYM_SPIKE_ONCE;
if (spike && existsSync(spike)) {
  rmSync(spike);
  factor *= 1.6;
}
const only = new Set((process.env.CAUSAL_PERF_BENCHMARKS ?? '').split('\\n').filter(Boolean));
const bench = (name, base, f = 1) => ({ name, metrics: { time: { value: base * f, unit: 's', direction: 'smaller',
  samples: [0.98, 0.99, 1, 1.01, 1.02].map((k) => base * f * k) } } });
const all = [bench('dag_build', 1e-3), bench('intervene', 2e-3, factor), bench('topo', 8e-4)];
writeFileSync('results.json', JSON.stringify({ benchmarks: all.filter((b) => only.size === 0 || only.has(b.name)) }));
console.log('ran', all.filter((b) => only.size === 0 || only.has(b.name)).map((b) => b.name).join(' '));
`;

export const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-C', cwd, ...args], { encoding: 'utf8' });

/** A repository: a good commit, then `n` commits; commit `at` (1-based) makes intervene `factor`× slower. */
export function bisectRepository(n: number, at: number, factor: number): { dir: string; shas: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'cp-bisect-'));
  git(dir, 'init', '-q', '-b', 'main');
  writeFileSync(join(dir, 'suite.mjs'), SUITE);
  writeFileSync(join(dir, 'factor.txt'), '1');
  writeFileSync(join(dir, 'notes.txt'), '0\n');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'good');
  const shas = [git(dir, 'rev-parse', 'HEAD').trim()];
  for (let i = 1; i <= n; i++) {
    if (i === at) writeFileSync(join(dir, 'factor.txt'), String(factor));
    else writeFileSync(join(dir, 'notes.txt'), `${i}\n`);
    git(dir, 'commit', '-qam', i === at ? `commit ${i}: slower intervention` : `commit ${i}: harmless`);
    shas.push(git(dir, 'rev-parse', 'HEAD').trim());
  }
  return { dir, shas };
}
