/**
 * Trend page load time in headless Chromium on the large generated history (npm run bench:history
 * writes it: 1,000 benchmarks × 5,000 runs; `--generate R` writes 1,000 × R runs here instead). Prints
 * the time until the first chart is drawn — also as a ratio to a static page with one uPlot chart of
 * the same number of points, loaded in the same run, so a busy machine shows in both — the bytes
 * fetched for it, and how long filtering and jumping to a far benchmark take. `--layout months` writes
 * the layout before chunks (monthly series files) instead, to compare the two.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateHistory } from './gen-history.js';
import { measureTrendPage, median } from './site-measure.js';

const g = process.argv.indexOf('--generate');
const generated = g > 0 ? Number(process.argv[g + 1]) : undefined;
const l = process.argv.indexOf('--layout');
const layout = l > 0 && process.argv[l + 1] === 'months' ? 'months' : 'chunks';
const root = generated
  ? resolve('.tmp', `bench-site-${layout}-${generated}`, 'perf')
  : resolve('.tmp', 'bench-history', 'tree', 'perf');
if (generated && !existsSync(join(root, 'data', 'suites.json')))
  console.log(
    `generated ${JSON.stringify(generateHistory(root, { benchmarks: 1000, runs: generated, perMonth: 200, layout, runFiles: false }).runs)} runs × 1,000 benchmarks (${layout})`,
  );
if (!existsSync(join(root, 'data', 'suites.json'))) {
  console.error('no generated history: run npm run bench:history first, or pass --generate RUNS');
  process.exit(2);
}
const points = generated ?? 5000;
const f = await measureTrendPage(root, points);
console.log(
  `filter to one benchmark and draw it: ${f.filterMs} ms; scroll to the last of ${f.cards} benchmarks and draw it: ${f.scrollMs} ms`,
);
console.log(
  `first chart visible after page open (5 fresh loads): median ${median(f.firstVisible)} ms (${f.firstVisible.join(', ')} ms); with its whole series: median ${median(f.firstChart)} ms (${f.firstChart.join(', ')} ms)`,
);
console.log(
  `a static page with one uPlot chart of ${points} points, same loads: median ${median(f.control)} ms (${f.control.join(', ')} ms); ratio ${(median(f.firstVisible) / median(f.control)).toFixed(2)}× (whole series ${(median(f.firstChart) / median(f.control)).toFixed(2)}×)`,
);
console.log(
  `fetched for the first screen: ${(median(f.bytes) / 2 ** 20).toFixed(2)} MiB in ${median(f.requests)} requests; ${f.cards} benchmarks listed`,
);
if (f.errors.length) console.log(`page errors: ${f.errors.join('; ')}`);
