/**
 * The trend page's first-chart time in headless Chromium (fresh contexts), next to a static page with
 * one uPlot chart of as many points loaded in the same round, so a busy machine shows in both. Used by
 * `npm run bench:site` and `npm run bench:peer`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { launchChromium } from '../test-support/chromium.js';
import { serveDirectory } from '../src/io/serve.js';
import { siteFiles } from '../src/history/site-files.js';

export interface PageFigures {
  /** Until the first card shows a chart, of its newest runs where it draws those first (site/app.ts). */
  firstVisible: number[];
  /** Until the first card's chart holds its whole series. */
  firstChart: number[];
  control: number[];
  bytes: number[];
  requests: number[];
  cards: number;
  errors: string[];
  filterMs?: number;
  scrollMs?: number;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export async function measureTrendPage(root: string, points: number, loads = 5, extras = true): Promise<PageFigures> {
  // The control: a static page drawing one uPlot chart of as many points as the history has runs.
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
  const browser = await launchChromium();

  const firstVisible: number[] = [];
  const firstChart: number[] = [];
  const control: number[] = [];
  const bytes: number[] = [];
  const requests: number[] = [];
  let cards = 0;
  const errors: string[] = [];
  let filterMs: number | undefined;
  let scrollMs: number | undefined;
  for (let i = 0; i < loads; i++) {
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
    await page.waitForSelector('article.card[data-drawn] canvas', { timeout: 30_000 });
    firstVisible.push(Date.now() - start);
    await page.waitForSelector('article.card[data-drawn="true"] canvas', { timeout: 30_000 });
    firstChart.push(Date.now() - start);
    await page.waitForTimeout(300);
    bytes.push(fetched);
    requests.push(count);
    cards = await page.locator('article.card').count();
    if (extras && i === loads - 1) {
      let t = Date.now();
      await page.fill('#filter', 'case_0777');
      await page.waitForFunction(
        () =>
          document.querySelectorAll('article.card').length === 1 &&
          !!document.querySelector('article.card[data-drawn="true"] canvas'),
      );
      filterMs = Date.now() - t;
      await page.fill('#filter', '');
      await page.waitForFunction(() => document.querySelectorAll('article.card').length > 900);
      t = Date.now();
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForFunction(() => {
        const all = document.querySelectorAll('article.card');
        const last = all[all.length - 1];
        return last?.getAttribute('data-drawn') === 'true';
      });
      scrollMs = Date.now() - t;
      await page.screenshot({ path: resolve('.tmp', 'artifacts', 'trend-page-large.png') });
    }
    await context.close();
  }
  await browser.close();
  await server.close();
  return { firstVisible, firstChart, control, bytes, requests, cards, errors, filterMs, scrollMs };
}
