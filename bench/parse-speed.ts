/**
 * Parse speed on a large pytest-benchmark file (~50 MB), measured with benny.
 * The file is the real fixture's benchmarks repeated under new names until it reaches the size.
 * Run: npm run bench:parse
 */
import b from 'benny';
import { readFileSync } from 'node:fs';
import { parseResults } from '../src/formats/registry.js';

const TARGET = Number(process.env.PARSE_MB ?? 50) * 1024 * 1024;
const real = JSON.parse(readFileSync('__tests__/fixtures/pytest/pytest-benchmark-5.2.3.json', 'utf8'));
const benchmarks: unknown[] = [];
let size = 0;
for (let i = 0; size < TARGET; i++) {
  for (const bench of real.benchmarks) {
    const copy = { ...bench, name: `${bench.name}#${i}`, fullname: `${bench.fullname}#${i}` };
    benchmarks.push(copy);
    size += JSON.stringify(copy, null, 4).length;
  }
}
const text = JSON.stringify({ ...real, benchmarks }, null, 4);
const mb = text.length / 2 ** 20;
const samples = benchmarks.reduce<number>((n, x) => n + (x as { stats: { data: unknown[] } }).stats.data.length, 0);
console.log(`pytest-benchmark JSON: ${mb.toFixed(1)} MiB, ${benchmarks.length} benchmarks, ${samples} samples`);

await b.suite(
  'parse',
  b.add(`parseResults on ${mb.toFixed(0)} MiB pytest-benchmark JSON`, () => {
    parseResults(text, 'big.json');
  }),
  b.cycle((result: { details: { mean: number; relativeMarginOfError: number } }) => {
    const { mean, relativeMarginOfError } = result.details;
    console.log(
      `  ${(mean * 1000).toFixed(0)} ms per parse ±${relativeMarginOfError.toFixed(1)} % → ${(mb / mean).toFixed(0)} MiB/s`,
    );
  }),
  b.complete(),
);
