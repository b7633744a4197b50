/**
 * Records the same-job corpus: what re-measuring in one job meets on a busy machine. The example
 * suite (examples/causal-gym, benny) runs for real while two intermittent CPU hogs come and go (each
 * burns a core 1–6 s, then rests 1–6 s: bench/hogs.mjs): first HISTORY runs of unchanged code (the
 * history a job is judged against), then JOBS jobs of 1 + RERUNS runs back to back, each job either
 * unchanged or with known slowdowns (one benchmark 1.15×, 1.5× or 2× its work; or two at once 1.5×).
 *
 *   npm run bench:record-jobs [-- --jobs 30 --hogs 2 --out bench/corpus/real-jobs.json]
 *
 * The corpus is compacted as real-noise.json is (4 significant digits, samples kept) and committed;
 * `npm run bench:eval -- jobs` replays each job through the pipeline's own re-measurement policy
 * (src/pipeline/remeasure.ts), a re-run answering with the job's next recorded run. Every run is of
 * the whole suite: a re-measurement that names fewer benchmarks runs fewer here, so these re-runs
 * carry at least the load a real one does. About 20 minutes for 30 jobs on this 2-core machine.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { bundleForNode } from '../scripts/bundle.mjs';
import { readResultFiles } from '../src/io/result-files.js';
import type { Benchmark } from '../src/model.js';
import { startHogs } from './hogs.mjs';
import { rng } from './simulate.js';
import { compactBenchmarks, SLOWED_BENCHMARKS as TIME_BENCHMARKS, type RealJobsCorpus, type SameJob } from './corpus.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const JOBS = Number(arg('jobs', '30'));
const HISTORY = Number(arg('history', '20'));
const RERUNS = 3;
const OUT = arg('out', 'bench/corpus/real-jobs.json');
const HOGS = Number(arg('hogs', '2'));
const rand = rng(Number(arg('seed', '11')));

const work = join('.tmp', 'real-jobs');
rmSync(work, { recursive: true, force: true });
const suite = join(work, 'causal-gym-bench.mjs');
await bundleForNode('examples/causal-gym/bench.ts', suite);

const pick = () => TIME_BENCHMARKS[Math.floor(rand() * TIME_BENCHMARKS.length)]!;
/** A third of the jobs unchanged; the rest cycle through the kinds of change, on random benchmarks. */
function planJob(i: number): SameJob['change'] {
  const kind = i % 6;
  if (kind < 2) return null;
  if (kind === 5) {
    const first = pick();
    let second = pick();
    while (second === first) second = pick();
    return { [first]: 1.5, [second]: 1.5 };
  }
  return { [pick()]: [1.15, 1.5, 2][kind - 2]! };
}
const plan = Array.from({ length: JOBS }, (_, i) => planJob(i));
// Unchanged and changed jobs interleave irregularly.
for (let i = plan.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [plan[i], plan[j]] = [plan[j]!, plan[i]!];
}

let n = 0;
async function runSuite(change: SameJob['change']): Promise<Benchmark[]> {
  const out = join(work, `run-${n++}`);
  const env = { ...process.env, CAUSAL_GYM_QUICK: '1' } as Record<string, string>;
  if (change)
    env.CAUSAL_GYM_SLOWDOWN = Object.entries(change)
      .map(([name, factor]) => `${name}:${factor}`)
      .join(',');
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, ['--expose-gc', suite, '--out', out], { env, stdio: 'ignore' });
    child.on('exit', resolve);
  });
  if (code !== 0) throw new Error(`run ${n}: the suite exited with ${code}`);
  const results = await readResultFiles([join(out, 'time.json'), join(out, 'quality.json')]);
  return compactBenchmarks(results.benchmarks);
}

const stop = startHogs(HOGS);
const started = Date.now();
const log = (what: string) => process.stderr.write(`${what} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
const history: Benchmark[][] = [];
const jobs: SameJob[] = [];
try {
  for (let i = 0; i < HISTORY; i++) {
    history.push(await runSuite(null));
    log(`history run ${i + 1}/${HISTORY}`);
  }
  for (const [i, change] of plan.entries()) {
    const runs: Benchmark[][] = [];
    for (let r = 0; r <= RERUNS; r++) runs.push(await runSuite(change));
    jobs.push({ change, runs });
    log(`job ${i + 1}/${JOBS}: ${change ? JSON.stringify(change) : 'unchanged'}`);
  }
} finally {
  stop();
}

const corpus: RealJobsCorpus = {
  description: `The example suite (examples/causal-gym, CAUSAL_GYM_QUICK=1) run for real beside ${HOGS} intermittent CPU hogs (bench/hogs.mjs): ${HISTORY} unchanged history runs, then jobs of ${1 + RERUNS} runs back to back; change = benchmark → factor× its work in every run of the job, or null.`,
  machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, node ${process.version}`,
  recorded: new Date().toISOString().slice(0, 10),
  git: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim(),
  history,
  jobs,
};
mkdirSync(join(OUT, '..'), { recursive: true });
writeFileSync(OUT, JSON.stringify(corpus) + '\n');
log(`wrote ${OUT} (${history.length} history runs, ${jobs.length} jobs)`);
