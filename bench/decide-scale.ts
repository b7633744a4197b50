/**
 * decide() against suite size: N benchmarks × 20 prior runs (time with 10 samples, plus a memory
 * metric), for N = 10k, 30k, 100k. Prints wall time per decision; linear growth is the goal.
 *
 *   npm run bench:decide-scale [-- --sizes 10000,30000,100000]
 */
import { decide } from '../src/analysis/decide.js';
import { DEFAULT_RULES } from '../src/config.js';
import type { ResultSet } from '../src/model.js';
import { rng } from './simulate.js';

const i = process.argv.indexOf('--sizes');
const sizes = (i > 0 ? (process.argv[i + 1] ?? '') : '10000,30000,100000').split(',').map(Number);
const RUNS = 20;

function run(n: number, r: () => number, runner: number): ResultSet {
  return {
    benchmarks: Array.from({ length: n }, (_, b) => {
      const base = 1e-3 * (1 + (b % 17));
      const samples = Array.from({ length: 10 }, () => base * runner * (1 + 0.05 * (r() - 0.5)));
      return {
        name: `bench_${b}`,
        group: `g${b % 50}`,
        metrics: {
          time: { value: samples.reduce((a, x) => a + x, 0) / 10, unit: 's', direction: 'smaller' as const, samples },
          memory_peak: { value: 1e6 + b, unit: 'bytes', direction: 'smaller' as const },
        },
      };
    }),
  };
}

console.log('| benchmarks | prior runs | decide() | per 1,000 benchmarks |');
console.log('| --- | --- | --- | --- |');
for (const n of sizes) {
  const r = rng(n);
  const history = Array.from({ length: RUNS }, () => run(n, r, 1 + 0.1 * (r() - 0.5)));
  const head = run(n, r, 1);
  const start = process.hrtime.bigint();
  const d = decide(head, history, DEFAULT_RULES);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`| ${n.toLocaleString('en')} | ${RUNS} | ${seconds.toFixed(1)} s | ${((seconds / n) * 1000).toFixed(2)} s |`);
  if (d.results.length !== 2 * n) throw new Error(`expected ${2 * n} rows, got ${d.results.length}`);
}
