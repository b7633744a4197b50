// `npm run demo -- --instructions`: instruction counts (measure: instructions) on the bundled example.
// 1. Builds the Causal Interface Gym suite (examples/causal-gym, benny) into demo-output/instructions/.
// 2. Seeds a local history with 2 runs through `causal-perf run --measure instructions`: each run times
//    the suite as usual, then counts every timed benchmark's instructions per call under Valgrind.
// 3. One more unchanged run: every count must agree with the history (no instructions row but unchanged).
// 4. A small deliberate change: test_intervention_10 does 2 % more work (CAUSAL_GYM_SLOWDOWN, one more
//    call in fifty). Its instructions row must fail, and no other instructions row may move.
// Times are reported but not enforced here (rules file below): this demo is about the counts, and two
// prior runs say little about time on a busy machine. Exits non-zero when either check fails.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleForNode } from './bundle.mjs';
import { demoRunArgs } from './demo-args.mjs';

const out = join('demo-output', 'instructions');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const suite = join(out, 'bin', 'causal-gym-bench.mjs');
await bundleForNode('examples/causal-gym/bench.ts', suite);
const rules = join(out, 'rules.yml');
writeFileSync(rules, 'baseline_thresholds:\n  time: { regression_limit: 1.1, fail: false }\n');

const started = Date.now();
const CHANGED = 'test_intervention_10';
const run = (label, env = {}) => {
  const t0 = Date.now();
  const r = spawnSync(
    process.execPath,
    [...demoRunArgs(out, suite), '--config', rules, '--confirm-runs', '0', '--measure', 'instructions', '--format', 'json'],
    { encoding: 'utf8', env: { ...process.env, CAUSAL_GYM_QUICK: '1', ...env } },
  );
  if (r.status === 2 || r.status === null) {
    process.stderr.write(r.stderr);
    process.exit(1);
  }
  const report = JSON.parse(r.stdout);
  const rows = report.results.filter((row) => row.metric === 'instructions');
  const counted = /Counted the instructions of \d+ benchmarks? under Valgrind in ([\d.]+) s/.exec(r.stderr)?.[1];
  console.log(
    `${label.padEnd(44)} exit ${r.status}, ${rows.length} instructions rows, counted in ${counted ?? '?'} s (${((Date.now() - t0) / 1000).toFixed(0)} s for the run)`,
  );
  return { status: r.status, rows };
};
const fmt = (row) => `${row.benchmark} ${row.status} ${((row.measured_ratio - 1) * 100).toFixed(3)} %`;

console.log('Seeding the history with 2 runs of the example suite, instructions counted under Valgrind…');
for (let i = 1; i <= 2; i++) run(`seed run ${i} of 2 (unchanged code)`);
const same = run('unchanged code, counted again');
const sameOk = same.rows.length > 0 && same.rows.every((row) => row.status === 'unchanged');
for (const row of same.rows) console.log(`  ${fmt(row)}`);
console.log(`\nNow ${CHANGED} does 2 % more work (CAUSAL_GYM_SLOWDOWN=${CHANGED}:1.02):`);
const changed = run('the small deliberate change', { CAUSAL_GYM_SLOWDOWN: `${CHANGED}:1.02` });
for (const row of changed.rows) console.log(`  ${fmt(row)}`);
const moved = changed.rows.filter((row) => row.status !== 'unchanged').map((row) => row.benchmark);
const caught =
  changed.status === 1 && changed.rows.find((row) => row.benchmark === CHANGED)?.status === 'regression' && moved.length === 1;
console.log(`\nPR comment (markdown): ${join(out, 'comment.md')}`);
console.log(sameOk ? 'Unchanged code: every count agreed with the history.' : 'Unexpected: unchanged code moved a count.');
console.log(
  caught
    ? `The +2 % change of ${CHANGED} was caught from its instruction count, and no other count moved (${((Date.now() - started) / 1000).toFixed(0)} s in all).`
    : `Unexpected: instructions rows not unchanged ${JSON.stringify(moved)} (exit ${changed.status}).`,
);
process.exitCode = sameOk && caught ? 0 : 1;
