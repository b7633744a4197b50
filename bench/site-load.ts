/**
 * Trend page load time in headless Chromium on the large generated history (npm run bench:history
 * writes it: 1,000 benchmarks × 5,000 runs; `--generate R` writes 1,000 × R runs here instead). Prints
 * the time until the first chart is drawn — also as a ratio to a static page with one uPlot chart of
 * the same number of points, loaded in the same run, so a busy machine shows in both — the bytes
 * fetched for it, and how long filtering and jumping to a far benchmark take. `--layout months` writes
 * the layout before chunks (monthly series files) instead, to compare the two.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDirectory } from '../src/io/serve.js';
import { siteFiles } from '../src/history/site-files.js';
import { generateHistory } from './gen-history.js';

const g = process.argv.indexOf('--generate');
const generated = g > 0 ? Number(process.argv[g + 1]) : undefined;
const l = process.argv.indexOf('--layout');
const layout = l > 0 && process.argv[l + 1] === 'months' ? 'months' : 'chunks';
const root = generated
  ? resolve('.tmp', `bench-site-${layout}-${generated}`, 'perf')
  : resolve('.tmp', 'bench-history', 'tree', 'perf');
if (generated && !existsSync(join(root, 'data', 'suites.json')))
  console.log(
    `generated ${JSON.stringify(generateHistory(root, { benchmarks: 1000, runs: generated, perMonth: 200, layout }).runs)} runs × 1,000 benchmarks (${layout})`,
  );
if (!existsSync(join(root, 'data', 'suites.json'))) {
  console.error('no generated history: run npm run bench:history first, or pass --generate RUNS');
  process.exit(2);
}
// The control: a static page drawing one uPlot chart of as many points as the history has runs.
const points = generated ?? 5000;
writeFileSync(join(root, 'uPlot.iife.min.js'), readFileSync(resolve('node_modules', 'uplot', 'dist', 'uPlot.iife.min.js')));
writeFileSync(
  join(root, 'control.html'),
  `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="assets/uPlot.min.css"></head><body><div id="c"></div>
<script src="uPlot.iife.min.js"></script><script>
const n = ${points}; const xs = Array.from({ length: n }, (_, i) => i); const ys = xs.map((i) => 1e-3 * (1 + 0.02 * Math.sin(i)));
new uPlot({ width: 600, height: 180, scales: { x: { time: false } }, series: [{}, { stroke: 'blue' }] }, [xs, ys], document.getElementById('c'));
document.body.dataset.drawn = 'true';
</script></body></html>`,
);
for (const [path, content] of await siteFiles()) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}
const server = await serveDirectory(root);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const firstChart: number[] = [];
const control: number[] = [];
const bytes: number[] = [];
const requests: number[] = [];
let cards = 0;
const errors: string[] = [];
for (let i = 0; i < 5; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  let fetched = 0;
  let count = 0;
  page.on('response', async (r) => {
    count++;
    fetched += Number(r.headers()['content-length'] ?? (await r.body().catch(() => Buffer.alloc(0))).length);
  });
  // The control in a fresh context of its own (no shared cache with the trend page).
  const controlContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const controlPage = await controlContext.newPage();
  const c0 = Date.now();
  await controlPage.goto(`${server.url}/control.html`);
  await controlPage.waitForSelector('body[data-drawn="true"] canvas');
  control.push(Date.now() - c0);
  await controlContext.close();
  const start = Date.now();
  await page.goto(`${server.url}/`);
  await page.waitForSelector('article.card[data-drawn="true"] canvas', { timeout: 30_000 });
  firstChart.push(Date.now() - start);
  await page.waitForTimeout(300);
  bytes.push(fetched);
  requests.push(count);
  cards = await page.locator('article.card').count();
  if (i === 4) {
    let t = Date.now();
    await page.fill('#filter', 'case_0777');
    await page.waitForFunction(
      () =>
        document.querySelectorAll('article.card').length === 1 &&
        !!document.querySelector('article.card[data-drawn="true"] canvas'),
    );
    const filterMs = Date.now() - t;
    await page.fill('#filter', '');
    await page.waitForFunction(() => document.querySelectorAll('article.card').length > 900);
    t = Date.now();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForFunction(() => {
      const all = document.querySelectorAll('article.card');
      const last = all[all.length - 1];
      return last?.getAttribute('data-drawn') === 'true';
    });
    const scrollMs = Date.now() - t;
    console.log(
      `filter to one benchmark and draw it: ${filterMs} ms; scroll to the last of ${cards} benchmarks and draw it: ${scrollMs} ms`,
    );
    await page.screenshot({ path: resolve('.tmp', 'artifacts', 'trend-page-large.png') });
  }
  await context.close();
}
await browser.close();
await server.close();
console.log(`first chart visible after page open (5 fresh loads): median ${median(firstChart)} ms (${firstChart.join(', ')} ms)`);
console.log(
  `a static page with one uPlot chart of ${points} points, same loads: median ${median(control)} ms (${control.join(', ')} ms); ratio ${(median(firstChart) / median(control)).toFixed(2)}×`,
);
console.log(
  `fetched for the first screen: ${(median(bytes) / 2 ** 20).toFixed(2)} MiB in ${median(requests)} requests; ${cards} benchmarks listed`,
);
if (errors.length) console.log(`page errors: ${errors.join('; ')}`);
