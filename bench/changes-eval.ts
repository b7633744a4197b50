/**
 * Drift detection (src/analysis/changes.ts) on simulated series of 200 runs with the evaluation's
 * noise model (bench/simulate.ts: shared runner factor, slow runners, disturbed runs, spikes):
 * false change points per 1,000 points, detection of a +5 / +10 / +15 % step, and the time for
 * 1,000 benchmarks × 1,000 points.
 *
 *   npm run bench:changes [-- --series 200]
 */
import { changePoints } from '../src/analysis/changes.js';
import { runStatistic } from '../src/analysis/series.js';
import { LEVELS, gaussian, makeSuite, rng, simulateRun } from './simulate.js';

const i = process.argv.indexOf('--series');
const SERIES = i > 0 ? Number(process.argv[i + 1]) : 200;
const POINTS = 200;
const STEP_AT = 100;

function series(seed: number, levelIndex: number, step: number): number[][] {
  const rand = rng(seed);
  const level = LEVELS[levelIndex]!;
  const suite = makeSuite(rand, level, 10);
  const runs = Array.from({ length: POINTS }, (_, r) =>
    simulateRun(rand, level, suite, r >= STEP_AT && step !== 1 ? { time: new Map([[0, step]]) } : {}, { spikeP: 0.02 }),
  );
  return suite.names.map((name) =>
    runs.map((run) => runStatistic(run.benchmarks.find((b) => b.name === name)!.metrics.time!, 'mean')),
  );
}

console.log(`| noise | false change points per 1,000 points | +5 % step found | +10 % | +15 % |`);
console.log('| --- | --- | --- | --- | --- |');
for (const levelIndex of [0, 1, 2]) {
  let falseCps = 0;
  let points = 0;
  const found: Record<number, number> = { 1.05: 0, 1.1: 0, 1.15: 0 };
  const trials = Math.ceil(SERIES / 10);
  for (let t = 0; t < trials; t++) {
    for (const step of [1.05, 1.1, 1.15]) {
      const all = series(1000 * levelIndex + 10 * t + Math.round(step * 100), levelIndex, step);
      // Benchmark 0 carries the step; the other nine are unchanged (false change points).
      const cps = changePoints(all[0]!);
      if (cps.some((c) => c.from <= STEP_AT && c.to >= STEP_AT - 1 && Math.abs(c.index - STEP_AT) <= 5)) found[step]!++;
      for (const s of all.slice(1)) {
        falseCps += changePoints(s).length;
        points += s.length;
      }
    }
  }
  const pct = (k: number) => `${((found[k]! / trials) * 100).toFixed(0)} %`;
  console.log(
    `| ${LEVELS[levelIndex]!.name} | ${((falseCps / points) * 1000).toFixed(2)} | ${pct(1.05)} | ${pct(1.1)} | ${pct(1.15)} |`,
  );
}

const r = rng(1);
const big = Array.from({ length: 1000 }, () => Array.from({ length: 1000 }, () => Math.exp(0.03 * gaussian(r))));
const start = process.hrtime.bigint();
let total = 0;
for (const s of big) total += changePoints(s).length;
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`\n1,000 benchmarks × 1,000 points: ${seconds.toFixed(1)} s (${total} change points in stationary noise)`);
