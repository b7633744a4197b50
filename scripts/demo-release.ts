/**
 * `npm run demo -- --release`: the seed guide's pre-release check on the bundled example — this
 * release against two earlier versions, measured on this machine. A real git repository of the
 * example suite (under demo-output/release/) with three tags: v1 (good), v2
 * (test_intervention_performance does 1.5× its work) and v3 (good again, the release). Runs
 * `causal-perf run --baseline-ref v1 --baseline-ref v2 --current-ref v3` (same-job A/B against each
 * version, in worktrees), prints the table with a column per version, and exits non-zero unless v3 is
 * unchanged against v1 and faster than v2 in that benchmark, with nothing else failing.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exampleSuite, judgeRelease, releaseRepository } from '../bench/example-repo.js';

const TARGET = 'test_intervention_performance';
const work = resolve('demo-output', 'release');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const dir = join(work, 'repo');
releaseRepository(dir, await exampleSuite(work), TARGET);
console.log(`A repository of the example suite in ${dir}: v1 good, v2 with ${TARGET} 1.5× slower, v3 good again.`);
console.log('Measuring v3 against v1 and v2 on this machine, each a same-job A/B in worktrees (a few minutes)…\n');

const started = Date.now();
const cli = resolve('dist', 'cli.js');
const args = ['run', '--baseline-ref', 'v1', '--baseline-ref', 'v2', '--current-ref', 'v3'];
const common = ['--suite', 'sh run.sh', '--output', 'out/*.json', '--max-rounds', '15'];
const markdown = join(work, 'release.md');
const r = spawnSync(process.execPath, [cli, ...args, ...common, '--format', 'json', '--markdown', markdown], {
  cwd: dir,
  encoding: 'utf8',
  maxBuffer: 64 << 20,
});
if (r.status === 2 || r.status === null) {
  process.stderr.write(r.stderr);
  process.exit(2);
}
// The table a release workflow's job summary shows (compare-refs), one column per version.
process.stdout.write(readFileSync(markdown, 'utf8'));
const { v1, v2, others, ok } = judgeRelease(JSON.parse(r.stdout), TARGET);
console.log(
  ok
    ? `\nAs expected: v3 is unchanged against v1 and faster than v2 in ${TARGET}, nothing else failed (${((Date.now() - started) / 1000).toFixed(0)} s).`
    : `\nUnexpected: ${TARGET} against v1 ${v1?.status}, against v2 ${v2?.status}; other rows failing: ${others.join(', ') || 'none'}.`,
);
process.exitCode = ok ? 0 : 1;
