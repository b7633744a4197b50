/**
 * Same-job A/B on real timings: the example suite (examples/causal-gym, benny, CAUSAL_GYM_QUICK=1)
 * measured for real on this machine, base and head interleaved by the action's own measureAb with
 * the paired decision and early stopping.
 *
 *   npm run bench:ab [-- --aa 20 --trials 8 --min 3 --max 10]
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
import { rng } from './simulate.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1] ?? fallback) : fallback;
};
const AA = arg('aa', 20);
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
