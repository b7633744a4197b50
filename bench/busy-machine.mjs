// `npm run bench:busy -- [--prior 5,10] [--histories 3] [--heads 10] [--hogs 2] [--slow NAME:FACTOR]`
//
// The real busy machine (#25): the example suite (examples/causal-gym, benny) run for real with
// `causal-perf run`, beside HOGS intermittent CPU hogs (each burns a core 1–6 s, then rests 1–6 s: a
// shared runner's neighbours). For each number of prior runs, HISTORIES fresh histories are seeded with
// that many recorded runs of unchanged code; then HEADS jobs are judged against each (not recorded),
// alternating unchanged code and one benchmark doing FACTOR× its work (CAUSAL_GYM_SLOWDOWN), each job
// re-measuring its undecided rows in the job as the action does (confirm-runs 3). Prints how many
// unchanged jobs failed, how many slowed jobs failed that benchmark, and the extra runs spent.
// Every hog is stopped at the end.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { bundleForNode } from '../scripts/bundle.mjs';
import { startHogs } from './hogs.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const PRIOR = arg('prior', '5,10').split(',').map(Number);
const HISTORIES = Number(arg('histories', '3'));
const HEADS = Number(arg('heads', '10'));
const HOGS = Number(arg('hogs', '2'));
const SLOW = arg('slow', 'test_dag_creation_50_100:2');
const slowName = SLOW.split(':')[0];

const stop = startHogs(HOGS);

const work = join('.tmp', 'busy-machine');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const suite = join(work, 'causal-gym-bench.mjs');
await bundleForNode('examples/causal-gym/bench.ts', suite);

/** One `causal-perf run` of the example suite against (and, when recording, into) a history. */
function run(history, record, env = {}) {
  const results = join(work, 'results');
  rmSync(results, { recursive: true, force: true });
  const args = [
    'dist/cli.js',
    'run',
    '--suite',
    `node --expose-gc ${suite} --out ${results}`,
    '--output',
    join(results, '*.json'),
  ];
  args.push('--history-dir', history, '--name', 'causal-gym', '--branch', 'main', '--confirm-runs', '3');
  if (!record) args.push('--no-record');
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, CAUSAL_GYM_QUICK: '1', ...env } });
  if (r.status === 2 || r.status === null) {
    process.stderr.write(r.stdout + r.stderr);
    process.exit(1);
  }
  const failing = [...r.stdout.matchAll(/^\S+ \(FAIL\)\s+(\S+)/gm)].map((m) => m[1]);
  const extra = Number(/Re-measured \d+ benchmarks? in (\d+) more runs?/.exec(r.stdout)?.[1] ?? 0);
  return { failed: r.status === 1, failing, extra };
}

const q = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;
const rows = [];
for (const prior of PRIOR) {
  let unchanged = 0;
  let unchangedFailed = 0;
  let slowed = 0;
  let caught = 0;
  let wrongRows = 0;
  const extraUnchanged = [];
  const extraSlowed = [];
  for (let h = 0; h < HISTORIES; h++) {
    const history = join(work, `history-${prior}-${h}`);
    for (let i = 0; i < prior; i++) run(history, true);
    for (let j = 0; j < HEADS; j++) {
      const slow = j % 2 === 1;
      const r = run(history, false, slow ? { CAUSAL_GYM_SLOWDOWN: SLOW } : {});
      if (slow) {
        slowed++;
        if (r.failing.includes(slowName)) caught++;
        wrongRows += r.failing.filter((n) => n !== slowName).length;
        extraSlowed.push(r.extra);
      } else {
        unchanged++;
        if (r.failed) unchangedFailed++;
        extraUnchanged.push(r.extra);
      }
      console.log(
        `prior ${prior}, history ${h + 1}, job ${j + 1}: ${slow ? `${SLOW}` : 'unchanged'} → ${r.failed ? `FAIL (${r.failing.join(', ')})` : 'pass'}, ${r.extra} extra run${r.extra === 1 ? '' : 's'}`,
      );
    }
  }
  rows.push(
    `| ${prior} | ${unchangedFailed} of ${unchanged} | ${caught} of ${slowed} | ${wrongRows} | ${q(extraUnchanged, 0.5)} / ${q(extraUnchanged, 0.9)} | ${q(extraSlowed, 0.5)} / ${q(extraSlowed, 0.9)} |`,
  );
}
console.log(
  `\n| prior runs (beside ${HOGS} CPU hogs) | unchanged jobs failed | ${SLOW.replace(':', ' ×')} caught | other rows failing in those jobs | extra runs, unchanged (median / p90) | extra runs, slowed (median / p90) |`,
);
console.log('|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
// The hogs keep the event loop alive: stop them so the script ends.
stop();
