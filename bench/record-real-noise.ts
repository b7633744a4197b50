/**
 * Records the real-noise corpus: the example suite (examples/causal-gym, benny) run for real on this
 * machine many times, unchanged code interleaved with runs where one benchmark does a known extra
 * share of its work (+10 / +15 / +25 / +50 %), with 0–2 background CPU hogs in a random share of runs,
 * some of them started part-way through a run (a noisy neighbour for part of it).
 *
 *   npm run bench:record-noise [-- --runs 80 --out bench/corpus/real-noise.json]
 *
 * The corpus is compacted (4 significant digits, per-run samples kept) and committed, so the engine is
 * scored on it by `npm run bench:eval` without rerunning anything. Takes ~8 min for 80 runs here.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { bundleForNode } from '../scripts/bundle.mjs';
import { readResultFiles } from '../src/io/result-files.js';
import type { ResultSet } from '../src/model.js';
import { rng } from './simulate.js';
import { compactBenchmarks, SLOWED_BENCHMARKS as TIME_BENCHMARKS, type CorpusRun, type RealNoiseCorpus } from './corpus.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const RUNS = Number(arg('runs', '80'));
const OUT = arg('out', 'bench/corpus/real-noise.json');
const SEED = Number(arg('seed', '7'));
const FACTORS = [1.1, 1.15, 1.25, 1.5];

const work = join('.tmp', 'real-noise');
rmSync(work, { recursive: true, force: true });
const suite = join(work, 'causal-gym-bench.mjs');
await bundleForNode('examples/causal-gym/bench.ts', suite);

const rand = rng(SEED);
// 60 % unchanged runs; the rest cycle through the factors, each on a randomly chosen benchmark.
const plan = Array.from({ length: RUNS }, (_, i) =>
  i % 5 < 3 ? undefined : { factor: FACTORS[Math.floor(i / 5) % FACTORS.length]!, benchmark: '' },
);
for (const p of plan) if (p) p.benchmark = TIME_BENCHMARKS[Math.floor(rand() * TIME_BENCHMARKS.length)]!;
// Shuffle so that unchanged and slowed runs interleave irregularly, but keep a few unchanged runs first.
for (let i = plan.length - 1; i > 3; i--) {
  const j = 4 + Math.floor(rand() * (i - 3));
  [plan[i], plan[j]] = [plan[j]!, plan[i]!];
}

const hog = (delayMs: number): { child?: ChildProcess; timer: NodeJS.Timeout } => {
  const h: { child?: ChildProcess; timer: NodeJS.Timeout } = {
    timer: setTimeout(() => {
      h.child = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
    }, delayMs),
  };
  return h;
};

const runs: CorpusRun[] = [];
const started = Date.now();
for (let i = 0; i < RUNS; i++) {
  const change = plan[i];
  const u = rand();
  const hogs = u < 0.45 ? 0 : u < 0.8 ? 1 : 2;
  // Half of the hogs run from the start, the others start part-way through the ~4 s run.
  const delays = Array.from({ length: hogs }, () => (rand() < 0.5 ? 0 : Math.round(500 + rand() * 3000)));
  const out = join(work, `run-${i}`);
  const hogsUp = delays.map((d) => hog(d));
  await new Promise((r) => setTimeout(r, 50));
  const env = { ...process.env, CAUSAL_GYM_QUICK: '1' } as Record<string, string>;
  if (change) env.CAUSAL_GYM_SLOWDOWN = `${change.benchmark}:${change.factor}`;
  const r = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, ['--expose-gc', suite, '--out', out], { env, stdio: 'ignore' });
    child.on('exit', (code) => resolve(code));
  });
  for (const h of hogsUp) {
    clearTimeout(h.timer);
    h.child?.kill('SIGKILL');
  }
  if (r !== 0) throw new Error(`run ${i}: the suite exited with ${r}`);
  const results: ResultSet = await readResultFiles([join(out, 'time.json'), join(out, 'quality.json')]);
  runs.push({
    change: change ? { benchmark: change.benchmark, factor: change.factor } : null,
    hogs: delays,
    benchmarks: compactBenchmarks(results.benchmarks),
  });
  process.stderr.write(
    `run ${i + 1}/${RUNS}: ${change ? `${change.benchmark} ×${change.factor}` : 'unchanged'}, hogs ${JSON.stringify(delays)} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`,
  );
}

const corpus: RealNoiseCorpus = {
  description:
    'The example suite (examples/causal-gym, CAUSAL_GYM_QUICK=1) run for real, in order; change = the benchmark made to do factor× its work; hogs = start delays (ms) of background CPU hogs during that run.',
  machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, node ${process.version}`,
  recorded: new Date().toISOString().slice(0, 10),
  git: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim(),
  runs,
};
mkdirSync(join(OUT, '..'), { recursive: true });
writeFileSync(OUT, JSON.stringify(corpus) + '\n');
process.stderr.write(`wrote ${OUT} (${runs.length} runs)\n`);
