/**
 * Same-job A/B on real timings: the example suite (examples/causal-gym, benny, CAUSAL_GYM_QUICK=1)
 * measured for real on this machine, base and head interleaved by the action's own measureAb with
 * the paired decision and early stopping.
 *
 *   npm run bench:ab [-- --aa 20 --trials 8 --min 3 --max 10]
 *   npm run bench:ab -- --hogs 2 --trials 5 --max 30     (beside intermittent hogs: unchanged vs three benchmarks 3×)
 *
 * A/A: both sides run the same code; half of the trials get a background CPU hog started part-way
 * through (a noisy neighbour). Detection: the head side makes one benchmark do +10 / +15 / +25 % of
 * its work for real (CAUSAL_GYM_SLOWDOWN). Prints failures, inconclusive rows, rounds and minutes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleForNode } from '../scripts/bundle.mjs';
import { DEFAULT_RULES } from '../src/config.js';
import { silentLogger } from '../src/io/log.js';
import { measureAb, type AbOutcome } from '../src/pipeline/ab.js';
import { startHogs } from './hogs.mjs';
import { rng } from './simulate.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1] ?? fallback) : fallback;
};
const AA = arg('aa', 20);
/** --hogs N: instead, runs beside N intermittent CPU hogs (each burns a core 1–6 s, rests 1–6 s). */
const HOGS = arg('hogs', 0);
const TRIALS = arg('trials', 8);
const MIN = arg('min', 3);
const MAX = arg('max', 10);
const BENCHMARKS = [
  'test_dag_creation_50_100',
  'test_dag_creation_100_200',
  'test_intervention_performance',
  'test_agreement_metrics_1000',
];

const work = resolve('.tmp', 'ab-eval');
rmSync(work, { recursive: true, force: true });
const suite = join(work, 'causal-gym-bench.mjs');
await bundleForNode('examples/causal-gym/bench.ts', suite);
const rand = rng(11);

function side(name: string, slowdown?: string): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  const env = `CAUSAL_GYM_QUICK=1${slowdown ? ` CAUSAL_GYM_SLOWDOWN=${slowdown}` : ''}`;
  writeFileSync(join(dir, 'run.sh'), `${env} exec "${process.execPath}" --expose-gc "${suite}" --out out\n`);
  return dir;
}

async function trial(slowdown: string | undefined, hogAfterMs: number | undefined): Promise<AbOutcome> {
  const base = side('base');
  const head = side('head', slowdown);
  let hog: ChildProcess | undefined;
  const timer =
    hogAfterMs === undefined
      ? undefined
      : setTimeout(() => (hog = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' })), hogAfterMs);
  try {
    return await measureAb(
      {
        base: { label: 'base', sha: 'base', cwd: base },
        head: { label: 'head', sha: 'head', cwd: head },
        command: 'bash run.sh',
        flag: 'run',
        results: { patterns: ['out/time.json', 'out/quality.json'] },
        minRounds: MIN,
        maxRounds: MAX,
        maxMinutes: 30,
        rules: DEFAULT_RULES,
      },
      silentLogger,
      () => {},
    );
  } finally {
    if (timer) clearTimeout(timer);
    hog?.kill('SIGKILL');
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
interface Line {
  label: string;
  trials: number;
  failed: number;
  caught: number;
  inconclusive: number;
  rounds: number[];
  seconds: number[];
}
const lines: Line[] = [];
const started = Date.now();

if (HOGS > 0) {
  // Beside intermittent hogs: 5 unchanged heads, and 5 heads that make three benchmarks 3× slower.
  const stop = startHogs(HOGS);
  const slowed = BENCHMARKS.slice(0, 3);
  const out: string[] = [];
  try {
    for (const [label, slowdown] of [
      ['unchanged head', undefined],
      [`3 benchmarks 3× slower (${slowed.join(', ')})`, slowed.map((n) => `${n}:3`).join(',')],
    ] as const) {
      const flagged: number[] = [];
      let failedUnchanged = 0;
      const rounds: number[] = [];
      for (let i = 0; i < TRIALS; i++) {
        const o = await trial(slowdown, undefined);
        const fails = new Set(o.decision.results.filter((r) => r.fails && r.metric === 'time').map((r) => r.benchmark));
        flagged.push(slowed.filter((n) => slowdown && fails.has(n)).length);
        if ([...fails].some((n) => !slowdown || !slowed.includes(n))) failedUnchanged++;
        rounds.push(o.rounds.length);
        process.stderr.write(`${label} ${i + 1}: ${[...fails].join(' ') || 'pass'}, ${o.rounds.length} rounds\n`);
      }
      out.push(
        `| ${label} | ${TRIALS} | ${slowdown ? `${flagged.filter((k) => k === slowed.length).length} of ${TRIALS} (flagged per run: ${flagged.join(', ')})` : '–'} | ${failedUnchanged} | ${median(rounds)} (max ${Math.max(...rounds)}) |`,
      );
    }
  } finally {
    stop();
  }
  console.log(`\nSame-job A/B beside ${HOGS} intermittent CPU hogs (examples/causal-gym quick, rounds ${MIN}–${MAX}):\n`);
  console.log('| head | runs | runs flagging every slowed benchmark | runs failing an unchanged benchmark | rounds, median |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const l of out) console.log(l);
  process.exit(0);
}

const aa: Line = { label: 'A/A (same code)', trials: 0, failed: 0, caught: 0, inconclusive: 0, rounds: [], seconds: [] };
const aaHog: Line = { ...aa, label: 'A/A, CPU hog part-way', rounds: [], seconds: [] };
for (let i = 0; i < AA; i++) {
  const line = i % 2 === 0 ? aa : aaHog;
  const o = await trial(undefined, i % 2 === 0 ? undefined : Math.round(rand() * 8000));
  line.trials++;
  if (o.decision.verdict === 'fail') line.failed++;
  line.inconclusive += o.decision.results.filter((r) => r.status === 'inconclusive').length;
  line.rounds.push(o.rounds.length);
  line.seconds.push(o.seconds);
  process.stderr.write(
    `${line.label} ${line.trials}: ${o.decision.verdict}, ${o.rounds.length} rounds (${((Date.now() - started) / 1000).toFixed(0)} s)\n`,
  );
}
lines.push(aa, aaHog);

for (const factor of [1.1, 1.15, 1.25]) {
  const line: Line = {
    label: `one benchmark +${Math.round((factor - 1) * 100)} %`,
    trials: 0,
    failed: 0,
    caught: 0,
    inconclusive: 0,
    rounds: [],
    seconds: [],
  };
  for (let i = 0; i < TRIALS; i++) {
    const name = BENCHMARKS[i % BENCHMARKS.length] as string;
    const o = await trial(`${name}:${factor}`, undefined);
    line.trials++;
    const row = o.decision.results.find((r) => r.benchmark === name && r.metric === 'time');
    if (row?.fails) line.caught++;
    if (o.decision.results.some((r) => r.fails && r.benchmark !== name)) line.failed++;
    if (row?.status === 'inconclusive') line.inconclusive++;
    line.rounds.push(o.rounds.length);
    line.seconds.push(o.seconds);
    process.stderr.write(`${line.label} ${line.trials}: ${row?.status} ${row?.ratio?.toFixed(3)}, ${o.rounds.length} rounds\n`);
  }
  lines.push(line);
}

console.log(
  `\nSame-job A/B on real timings (examples/causal-gym quick, rounds ${MIN}–${MAX}, confidence ${DEFAULT_RULES.confidence}):\n`,
);
console.log(
  '| case | trials | jobs failed on an unchanged benchmark | changed benchmark caught | inconclusive rows | median rounds | median seconds |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const l of lines)
  console.log(
    `| ${l.label} | ${l.trials} | ${l.failed} | ${l.label.startsWith('A/A') ? '—' : `${l.caught}/${l.trials}`} | ${l.inconclusive} | ${median(l.rounds)} | ${median(l.seconds).toFixed(0)} |`,
  );
