// `npm run demo`: the main job on the bundled example, end to end and on this machine.
// 1. Builds the Causal Interface Gym suite (examples/causal-gym, benny) into demo-output/.
// 2. Runs it 5 times through `causal-perf run` to seed a local history (demo-output/history).
// 3. Runs it once more with a deliberate regression (CAUSAL_GYM_SLOW=1: a quadratic topological order
//    in the intervention path), prints the verdict table, writes the PR comment and the trend page.
// Judges every run: it fails if the regression run misses test_intervention_performance or does not
// report the test_intervention_10/50/100 family's growth as steeper (the scaling check), or if unchanged
// code fails the gate in two or more of the six runs (a seed run failing, or the regression run failing
// anything outside the intervention path). One such run is reported as unexpected but does not fail the
// demo: the gate judges about fifty rows here at 99 % confidence on a machine whose load it does not
// control, and beside two CPU hogs 0–2 demos in 10 have had one (bench:demo-load counts them); a demo
// that failed on one would make its exit code, and CI, depend on the machine being quiet.
// Everything stays in demo-output/.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { bundleForNode } from './bundle.mjs';
import { demoRunArgs } from './demo-args.mjs';

// `npm run demo -- --release`: the pre-release comparison against earlier versions instead (demo-release.ts).
if (process.argv.includes('--release')) {
  const r = spawnSync(process.execPath, ['scripts/run-ts.mjs', 'scripts/demo-release.ts'], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
// `npm run demo -- --instructions`: instruction counts under Valgrind instead (demo-instructions.mjs).
if (process.argv.includes('--instructions')) {
  const r = spawnSync(process.execPath, ['scripts/demo-instructions.mjs'], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const out = 'demo-output';
const SEED_RUNS = 5;
rmSync(out, { recursive: true, force: true });
const suite = join(out, 'bin', 'causal-gym-bench.mjs');
await bundleForNode('examples/causal-gym/bench.ts', suite);

const started = Date.now();
const extraRuns = [];
const run = (label, env = {}) => {
  const args = demoRunArgs(out, suite);
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, CAUSAL_GYM_QUICK: '1', ...env } });
  const verdict = /^verdict: (\w+)/m.exec(r.stdout)?.[1] ?? '?';
  // Rows one run could not decide are measured again in the same run (confirm-runs, default 3).
  const extra = Number(/Re-measured \d+ benchmarks? in (\d+) more runs?/.exec(r.stdout)?.[1] ?? 0);
  extraRuns.push(extra);
  console.log(
    `${label.padEnd(36)} verdict ${verdict.padEnd(4)} (exit ${r.status}, ${extra} extra run${extra === 1 ? '' : 's'}, ${((Date.now() - started) / 1000).toFixed(0)} s elapsed)`,
  );
  if (r.status === 2 || r.status === null) {
    process.stderr.write(r.stderr);
    process.exit(1);
  }
  return r;
};

console.log(`Seeding the history with ${SEED_RUNS} runs of the example suite (examples/causal-gym, benny)…`);
const falseAlarms = [];
for (let i = 1; i <= SEED_RUNS; i++) {
  const seed = run(`run ${i} of ${SEED_RUNS} (unchanged code)`);
  if (seed.status !== 0) {
    falseAlarms.push(i);
    console.log(seed.stdout);
  }
}
console.log(
  '\nNow with a deliberate regression (CAUSAL_GYM_SLOW=1: quadratic topological order on do(X), so the intervention family grows ~n² with size):',
);
const final = run('run with the regression', { CAUSAL_GYM_SLOW: '1' });

console.log('\n' + final.stdout);
const failing = [...final.stdout.matchAll(/^\S+ \(FAIL\)\s+(\S+)/gm)].map((m) => m[1]);
// The regression is in do(X): test_intervention_performance and the sized family test_intervention_10/50/100
// slow down, and the family's growth with size steepens (the scaling check). A row failing outside that
// path is a false alarm, counted with the seed runs'.
const family = new Set(['test_intervention_10', 'test_intervention_50', 'test_intervention_100']);
const steeper = /^FAIL scaling test_intervention_n time \(steeper\)/m.test(final.stdout);
const caught = final.status === 1 && failing.includes('test_intervention_performance') && steeper;
const outside = failing.filter((name) => name !== 'test_intervention_performance' && !family.has(name));
if (outside.length > 0) falseAlarms.push(`${SEED_RUNS + 1} (the regression run: ${outside.join(', ')})`);
console.log(
  `PR comment (markdown):  ${join(out, 'comment.md')} (${readFileSync(join(out, 'comment.md'), 'utf8').length} characters)`,
);
console.log(
  `Trend page:             ${join(out, 'history', 'index.html')} — open it with: npx causal-perf serve ${join(out, 'history')}`,
);
console.log(`History (JSON shards):  ${join(out, 'history', 'data')}`);
if (falseAlarms.length > 0)
  console.log(
    `\nUnexpected: unchanged code failed the gate in run${falseAlarms.length > 1 ? 's' : ''} ${falseAlarms.join(', ')}${
      falseAlarms.length === 1
        ? ' — one false alarm in the six judged runs, which does not fail the demo on its own (a machine whose load the gate does not control; npm run bench:demo-load counts how often); two would'
        : ''
    }.`,
  );
const spent = `${((Date.now() - started) / 1000).toFixed(0)} s; re-measuring took ${extraRuns.at(-1)} extra run${extraRuns.at(-1) === 1 ? '' : 's'} of the regression run and ${extraRuns.slice(0, -1).reduce((a, b) => a + b, 0)} over the ${SEED_RUNS} seed runs`;
console.log(
  caught
    ? `\nThe deliberate regression was caught (the intervention path, and its family's growth with size steeper)${outside.length === 0 ? ' and nothing else was flagged' : ''} (${spent}).`
    : `\nUnexpected: failing rows ${JSON.stringify(failing)}${steeper ? '' : ', the test_intervention_n family not reported steeper'} (exit ${final.status}).`,
);
process.exitCode = caught && falseAlarms.length <= 1 ? 0 : 1;
