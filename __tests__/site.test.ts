/**
 * The trend page in a real headless Chromium (Debian's, driven by playwright-core), served over HTTP
 * from a history written by the real store.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../test-support/chromium.js';
import { benchmarkKey } from '../src/history/layout.js';
import { LocalDirectoryStore } from '../src/history/local.js';
import type { RunAnnotations, RunRecord } from '../src/history/types.js';
import { siteFiles } from '../src/history/site-files.js';
import { serveDirectory, type StaticServer } from '../src/io/serve.js';
import { ROOT } from './helpers.js';

const HOSTILE = '<img src=x onerror="window.__pwned=1">**bold** @octocat';
const run = (i: number, branch: string, slow = 1): RunRecord => ({
  version: 1,
  suite: 'causal gym',
  commit: {
    sha: (i * 7919).toString(16).padStart(40, '0'),
    message: `<script>alert(${i})</script> commit ${i}`,
    author: 'Ada',
    url: `https://example.test/commit/${i}`,
  },
  branch,
  event: 'push',
  runId: String(i),
  recordedAt: new Date(Date.UTC(2026, 9 + Math.floor(i / 10), 1 + (i % 10), 12)).toISOString(),
  results: {
    benchmarks: [
      {
        name: 'test_dag_creation_performance',
        group: 'causal_inference',
        metrics: {
          time: {
            value: 5e-4 * slow,
            unit: 's',
            direction: 'smaller',
            samples: [4.9e-4, 5e-4, 5.2e-4].map((v) => v * slow),
            stddev: 1.5e-5 * slow,
          },
          memory_peak: { value: 176172 + i, unit: 'bytes', direction: 'smaller' },
        },
      },
      {
        name: 'test_intervention_performance',
        group: 'causal_inference',
        metrics: { time: { value: 2e-3 + i * 1e-6, unit: 's', direction: 'smaller' } },
      },
      {
        name: 'agent_accuracy',
        group: 'quality',
        metrics: { accuracy: { value: 0.97 - (i === 14 ? 0.03 : 0), unit: 'ratio', direction: 'bigger' } },
      },
      { name: HOSTILE, metrics: { time: { value: 1e-3, unit: 's', direction: 'smaller' } } },
    ],
  },
});

let server: StaticServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cp-site-'));
  const store = new LocalDirectoryStore(dir, { site: siteFiles });
  // 15 runs on main over two months (the last flagged), 4 on a feature branch.
  const flagged: RunAnnotations = {
    verdict: 'fail',
    rows: [
      {
        benchmark: 'test_dag_creation_performance',
        metric: 'time',
        status: 'regression',
        ratio: 1.3,
        base: 5e-4,
        limit: 1.1,
        fails: true,
      },
      { benchmark: 'agent_accuracy', metric: 'accuracy', status: 'below-floor', ratio: null, threshold: 0.95, fails: true },
    ],
    // A step from before, still past its limit and accepted by nobody.
    open: [
      {
        benchmark: 'test_intervention_performance',
        metric: 'time',
        unit: 's',
        testbed: '',
        from_sha: 'a'.repeat(40),
        to_sha: 'b'.repeat(40),
        at: '2026-05-02T00:00:00.000Z',
        before: 2e-3,
        now: 2.5e-3,
        ratio: 1.25,
        limit: 1.1,
        flagged_by_gate: false,
      },
    ],
  };
  for (let i = 0; i < 15; i++) await store.append(run(i, 'main', i === 14 ? 1.3 : 1), i === 14 ? flagged : undefined);
  for (let i = 20; i < 24; i++) await store.append(run(i, 'feature'));
  server = await serveDirectory(dir);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.stack ?? e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog opened: ${d.message()}`);
    void d.dismiss();
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const cards = () => page.locator('article.card');
const points = (key: string, metric: string) =>
  page.locator(`#b-${key} .chart[data-metric="${metric}"]`).getAttribute('data-points');

describe('trend page', () => {
  it('draws each benchmark with one point per run of the branch, flags and floors, without errors', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForSelector('article.card[data-drawn="true"]');
    expect(await cards().count()).toBe(4);
    const dag = benchmarkKey('test_dag_creation_performance');
    await page.waitForSelector(`#b-${dag}[data-drawn="true"]`);
    expect(await points(dag, 'time')).toBe('15');
    expect(await points(dag, 'memory_peak')).toBe('15');
    expect(await page.locator(`#b-${dag} canvas`).count()).toBe(2);
    expect(await page.locator('#branch').inputValue()).toBe('main');
    // The latest run's regression and floor failure are listed and link to their charts.
    const recentText = await page.locator('#recent').innerText();
    // The same digits as the comment and the console (one formatter, src/report/format.ts).
    expect(recentText).toMatch(/test_dag_creation_performance time: regression \+30 %/);
    expect(recentText).toMatch(/agent_accuracy accuracy: below-floor/);
    // The branch's open regressions as of that run, each linking to its chart.
    expect(recentText).toMatch(/Open regressions on main \(1\)/);
    expect(await page.locator('#open-regressions li').innerText()).toMatch(
      /^test_intervention_performance time: \+25 % since bbbbbbb \(2026-05-02\), past \+10 % — no check failed it$/,
    );
    expect(await page.locator('#open-regressions a').getAttribute('href')).toContain(
      `b=${benchmarkKey('test_intervention_performance')}`,
    );
    expect(page.url()).toContain('suite=causal_gym');
    // Nothing came from outside the served folder.
    expect(server.requests.every((r) => r.startsWith('/'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it("keys the samples' band in the legend and downloads a chart's data as CSV (#28 item 16)", async () => {
    const dag = benchmarkKey('test_dag_creation_performance');
    const time = page.locator(`#b-${dag} .chart[data-metric="time"] + .legend`);
    expect(await time.innerText()).toMatch(/spread \(±1 σ of the run's samples\)/);
    const [download] = await Promise.all([page.waitForEvent('download'), time.locator('a.download').click()]);
    expect(download.suggestedFilename()).toBe('test_dag_creation_performance-time.csv');
    const csv = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split('\n');
    expect(csv[0]).toBe('time,testbed,branch,time (s),spread,baseline,flag');
    expect(csv).toHaveLength(16);
    // The newest run (flagged a regression, 1.3× slower) is the last row, with its branch and flag.
    expect(csv[15]).toMatch(/^"[^"]+","[^"]*","main",0\.00065\d*,[\d.e-]+,[\d.e-]*,"regression"$/);
    expect(errors).toEqual([]);
  });

  it('shows a hostile benchmark name and commit messages as text', async () => {
    const key = benchmarkKey(HOSTILE);
    const title = page.locator(`#b-${key} h2`);
    expect(await title.innerText()).toBe(HOSTILE);
    expect(await page.locator('article.card img').count()).toBe(0);
    await page.locator(`#b-${key}`).scrollIntoViewIfNeeded();
    await page.waitForSelector(`#b-${key}[data-drawn="true"]`);
    const box = await page.locator(`#b-${key} .u-over`).boundingBox();
    await page.mouse.move((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + 20);
    await page.waitForFunction(() => /commit \d+/.test(document.getElementById('tooltip')?.textContent ?? ''));
    expect(await page.locator('#tooltip').innerText()).toMatch(/<script>alert\(\d+\)<\/script> commit \d+/);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it('filters by name or group and keeps the state in the URL', async () => {
    await page.fill('#filter', 'quality');
    await page.waitForFunction(() => document.querySelectorAll('article.card').length === 1);
    expect(await page.locator('article.card h2').innerText()).toBe('agent_accuracy');
    await page.waitForFunction(() => location.hash.includes('q=quality'));
    await page.fill('#filter', 'intervention');
    await page.waitForFunction(() => location.hash.includes('q=intervention'));
    expect(await page.locator('article.card h2').innerText()).toBe('test_intervention_performance');
    // A shared link restores the view.
    const link = page.url();
    const other = await browser.newPage();
    await other.goto(link);
    await other.waitForSelector('article.card[data-drawn="true"]');
    expect(await other.locator('article.card').count()).toBe(1);
    expect(await other.locator('#filter').inputValue()).toBe('intervention');
    await other.close();
    await page.fill('#filter', '');
    await page.waitForFunction(() => document.querySelectorAll('article.card').length === 4);
  });

  it('switches branch and log scale', async () => {
    const dag = benchmarkKey('test_dag_creation_performance');
    await page.selectOption('#branch', 'feature');
    await page.waitForSelector(`#b-${dag}[data-drawn="true"]`);
    expect(await points(dag, 'time')).toBe('4');
    await page.selectOption('#branch', '');
    await page.waitForSelector(`#b-${dag}[data-drawn="true"]`);
    expect(await points(dag, 'time')).toBe('19');
    await page.check('#log');
    await page.waitForFunction(() => location.hash.includes('log=1'));
    await page.selectOption('#branch', 'main');
    await page.waitForSelector(`#b-${dag}[data-drawn="true"]`);
    expect(errors).toEqual([]);
  });

  it('opens on a phone in dark mode and saves a screenshot', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
    await phone.goto(`${server.url}/#suite=causal_gym&b=${benchmarkKey('test_dag_creation_performance')}`);
    await phone.waitForSelector('article.card.selected[data-drawn="true"]');
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    const bg = await phone.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(13, 17, 23)');
    await phone.close();
    const artifacts = join(ROOT, '.tmp', 'artifacts');
    mkdirSync(artifacts, { recursive: true });
    // A report's link names the suite exactly; the page finds its folder in the registry.
    await page.goto(`${server.url}/#suite=causal+gym&branch=main`);
    await page.waitForSelector('article.card[data-drawn="true"]');
    expect(await page.locator('#suite').inputValue()).toBe('causal_gym');
    await page.screenshot({ path: join(artifacts, 'trend-page.png'), fullPage: true });
    expect(existsSync(join(artifacts, 'trend-page.png'))).toBe(true);
  });
});

describe('trend page with testbeds, same-day runs, a level change and inconclusive points', () => {
  let other: StaticServer;
  const KEY = benchmarkKey('dag');
  const at = (day: number, hour: number) => new Date(Date.UTC(2026, 10, 1 + day, hour, 15)).toISOString();
  const bedRun = (i: number, testbed: string, recordedAt: string, value: number): RunRecord => ({
    version: 1,
    suite: 'gym',
    commit: { sha: (0xabc000 + i).toString(16).padStart(40, '7'), message: `commit ${i}` },
    branch: 'main',
    runId: String(i),
    testbed,
    recordedAt,
    results: { benchmarks: [{ name: 'dag', metrics: { time: { value, unit: 's', direction: 'smaller' } } }] },
  });

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-site-tb-'));
    const store = new LocalDirectoryStore(dir, { site: siteFiles });
    const row = (status: string, fails: boolean): RunAnnotations => ({
      verdict: fails ? 'fail' : 'pass',
      rows: [{ benchmark: 'dag', metric: 'time', status, ratio: 1.12, base: 5e-6, limit: 1.1, fails }],
    });
    // Linux: 40 runs, four a day; the level steps up 25 % at run 24; run 10 inconclusive, run 30 failing.
    for (let i = 0; i < 40; i++) {
      const value = 5e-6 * (1 + 0.01 * Math.sin(i * 1.7)) * (i >= 24 ? 1.25 : 1);
      const notes = i === 10 ? row('inconclusive', false) : i === 30 ? row('regression', true) : undefined;
      await store.append(bedRun(i, 'Linux-X64', at(Math.floor(i / 4), 6 + (i % 4) * 4), value), notes);
    }
    // Windows: 8 runs, all on one day.
    for (let i = 0; i < 8; i++) await store.append(bedRun(100 + i, 'Windows-X64', at(3, 1 + i * 2), 9e-6));
    // macOS: 19 runs, a +154 % step at run 12 (the CLI's drift search reports it from 10 runs on).
    for (let i = 0; i < 19; i++)
      await store.append(
        bedRun(
          200 + i,
          'macOS-ARM64',
          at(Math.floor(i / 4), 3 + (i % 4) * 4),
          4e-6 * (1 + 0.01 * Math.cos(i)) * (i >= 12 ? 2.54 : 1),
        ),
      );
    other = await serveDirectory(dir);
  });
  afterAll(async () => other?.close());

  const chart = () => page.locator(`#b-${KEY} .chart[data-metric="time"]`);

  it('charts one testbed at a time, picked in a selector, with a legend for failing, inconclusive and level changes', async () => {
    await page.goto(`${other.url}/`);
    await page.waitForSelector(`#b-${KEY}[data-drawn="true"]`);
    expect(await page.locator('#testbed-label').isVisible()).toBe(true);
    expect(await page.locator('#testbed option').allInnerTexts()).toEqual([
      'Linux-X64 (40)',
      'macOS-ARM64 (19)',
      'Windows-X64 (8)',
    ]);
    expect(await page.locator('#testbed').inputValue()).toBe('Linux-X64');
    expect(await chart().getAttribute('data-points')).toBe('40');
    // The level-change search runs after the chart is drawn.
    await page.waitForSelector(`#b-${KEY} .chart[data-metric="time"][data-changes]`);
    expect(Number(await chart().getAttribute('data-changes'))).toBeGreaterThanOrEqual(1);
    const legend = await page.locator(`#b-${KEY} .legend`).innerText();
    // A failed run's dot is drawn after (over) the level and its change markers.
    const series = JSON.parse((await chart().getAttribute('data-series')) ?? '[]') as string[];
    expect(series.indexOf('failing')).toBeGreaterThan(series.indexOf('level change'));
    expect(series.indexOf('inconclusive')).toBeGreaterThan(series.indexOf('level'));
    expect(legend).toMatch(/failed the check/);
    expect(legend).toMatch(/inconclusive/);
    expect(legend).toMatch(/level change/);
    // y ticks with the precision their steps need: "5.5 µs", never "5.500 µs".
    const yticks = JSON.parse((await chart().getAttribute('data-yticks')) ?? '[]') as string[];
    expect(yticks.length).toBeGreaterThan(2);
    for (const t of yticks) expect(t).toMatch(/^\d+(\.\d{1,2})? µs$/);
    expect(page.url()).toContain('tb=Linux-X64');
    // The tooltip names the short sha and the testbed.
    const box = await page.locator(`#b-${KEY} .u-over`).first().boundingBox();
    await page.mouse.move((box?.x ?? 0) + (box?.width ?? 0) * 0.9, (box?.y ?? 0) + 20);
    await page.waitForFunction(() => /Linux-X64/.test(document.getElementById('tooltip')?.textContent ?? ''));
    // Packed points carry no id: the sha comes from the run log, found by time and testbed.
    await page.waitForFunction(() => /^[0-9a-f]{7}$/.test(document.querySelector('#tooltip .sha')?.textContent ?? ''));
    expect(await page.locator('#tooltip').innerText()).toMatch(/commit \d+/);
  });

  it('marks a level change under 20 points, as the CLI reports it', async () => {
    await page.selectOption('#testbed', 'macOS-ARM64');
    await page.waitForFunction(
      (key) => document.querySelector(`#b-${key} .chart[data-metric="time"]`)?.getAttribute('data-points') === '19',
      KEY,
    );
    await page.waitForSelector(`#b-${KEY} .chart[data-metric="time"][data-changes]`);
    expect(Number(await chart().getAttribute('data-changes'))).toBe(1);
    expect(await page.locator(`#b-${KEY} .legend`).innerText()).toMatch(/level change/);
  });

  it('labels ticks by time of day when the runs share a date', async () => {
    await page.selectOption('#testbed', 'Windows-X64');
    await page.waitForFunction(() => location.hash.includes('tb=Windows-X64'));
    await page.waitForSelector(`#b-${KEY}[data-drawn="true"]`);
    expect(await chart().getAttribute('data-points')).toBe('8');
    const xticks = JSON.parse((await chart().getAttribute('data-xticks')) ?? '[]') as string[];
    expect(xticks[0]).toBe('11-04');
    expect(xticks.length).toBeGreaterThan(2);
    for (const t of xticks.slice(1)) expect(t).toMatch(/^\d\d:\d\d$/);
    expect(new Set(xticks).size).toBe(xticks.length);
    const artifacts = join(ROOT, '.tmp', 'artifacts');
    mkdirSync(artifacts, { recursive: true });
    await page.selectOption('#testbed', 'Linux-X64');
    await page.waitForSelector(`#b-${KEY}[data-drawn="true"]`);
    await page.screenshot({ path: join(artifacts, 'trend-page-testbeds.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});

describe('trend page on a history written before chunks, then appended to', () => {
  let migrated: StaticServer;
  const KEY = benchmarkKey('test_metric_computation_performance');
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-site-v1-'));
    cpSync(join(ROOT, '__tests__', 'fixtures', 'history-v1'), dir, { recursive: true });
    const store = new LocalDirectoryStore(dir, { site: siteFiles });
    // 20 more runs on Linux: some benchmarks' turns came (chunks), every one has tail points.
    for (let i = 0; i < 20; i++)
      await store.append({
        version: 1,
        suite: 'causal gym',
        commit: { sha: `beef${i}`.padEnd(40, '0'), message: `new commit ${i}` },
        branch: 'main',
        runId: String(3000 + i),
        testbed: 'Linux-X64',
        recordedAt: new Date(Date.UTC(2026, 10, 10 + i, 9)).toISOString(),
        results: {
          benchmarks: ['test_dag_creation_performance[10-15]', 'test_metric_computation_performance', 'test_intervention'].map(
            (name) => ({ name, metrics: { time: { value: 0.002 + i * 1e-5, unit: 's', direction: 'smaller' as const } } }),
          ),
        },
      });
    migrated = await serveDirectory(dir);
  });
  afterAll(async () => migrated?.close());

  it('charts the monthly shards’ points and the new ones on one line, and finds the commit of either', async () => {
    await page.goto(`${migrated.url}/#tb=Linux-X64`);
    await page.waitForSelector(`#b-${KEY}[data-drawn="true"]`);
    // 5 Linux runs on main in the old shards (a sixth is on a feature branch) + 20 new ones; accuracy only in the old.
    expect(await page.locator(`#b-${KEY} .chart[data-metric="time"]`).getAttribute('data-points')).toBe('25');
    expect(await page.locator(`#b-${KEY} .chart[data-metric="accuracy"]`).getAttribute('data-points')).toBe('5');
    const box = await page.locator(`#b-${KEY} .u-over`).first().boundingBox();
    for (const [x, message] of [
      [0.02, /commit 0/],
      [0.98, /new commit 1\d/],
    ] as const) {
      await page.mouse.move((box?.x ?? 0) + (box?.width ?? 0) * x, (box?.y ?? 0) + 20);
      await page.waitForFunction(
        (source) => new RegExp(source).test(document.getElementById('tooltip')?.textContent ?? ''),
        message.source,
      );
      expect(await page.locator('#tooltip .sha').innerText()).toMatch(/^(c0ffee0|beef1\d0)$/);
    }
    expect(errors).toEqual([]);
  });
});

describe('trend page on a history written before chunks, not yet appended to', () => {
  let legacy: StaticServer;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-site-v1-only-'));
    cpSync(join(ROOT, '__tests__', 'fixtures', 'history-v1'), dir, { recursive: true });
    for (const [path, content] of await siteFiles()) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    legacy = await serveDirectory(dir);
  });
  afterAll(async () => legacy?.close());

  it('draws the monthly shards and asks for the missing tail once, not once per chart', async () => {
    const asked: string[] = [];
    const onRequest = (r: { url(): string }) => asked.push(r.url());
    page.on('request', onRequest);
    await page.goto(`${legacy.url}/#tb=Linux-X64`);
    const key = benchmarkKey('test_metric_computation_performance');
    await page.waitForSelector(`#b-${key}[data-drawn="true"]`);
    await page.waitForFunction(() => document.querySelectorAll('article.card[data-drawn="true"]').length === 3);
    page.off('request', onRequest);
    expect(await page.locator(`#b-${key} .chart[data-metric="time"]`).getAttribute('data-points')).toBe('5');
    expect(asked.filter((u) => u.endsWith('/tail.json'))).toHaveLength(1);
    // The suite list is asked for once: the page's preload of it is the answer its script takes.
    expect(asked.filter((u) => u.endsWith('/data/suites.json'))).toHaveLength(1);
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
  });
});

/** A run of the one-suite "gym" histories below (commit `n` in hex): each benchmark's time in seconds. */
const gymRun = (n: number, recordedAt: Date, times: Record<string, number>): RunRecord => ({
  version: 1,
  suite: 'gym',
  commit: { sha: n.toString(16).padStart(40, '7'), message: `commit ${n}` },
  branch: 'main',
  runId: String(n),
  recordedAt: recordedAt.toISOString(),
  results: {
    benchmarks: Object.entries(times).map(([name, value]) => ({
      name,
      metrics: { time: { value, unit: 's', direction: 'smaller' as const } },
    })),
  },
});

describe('trend page: a size family', () => {
  let sized: StaticServer;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-site-sizes-'));
    const store = new LocalDirectoryStore(dir, { site: siteFiles });
    // 12 runs of a family at sizes 10, 50, 100 growing linearly; the newest grows quadratically.
    for (let i = 0; i < 12; i++)
      await store.append(
        gymRun(
          0xdef000 + i,
          new Date(Date.UTC(2026, 10, 1 + i, 12)),
          Object.fromEntries(
            [10, 50, 100].map((n) => [`test_render_${n}`, (i === 11 ? 1e-7 * n * n : 1e-6 * n) * (1 + 0.01 * Math.sin(i + n))]),
          ),
        ),
      );
    sized = await serveDirectory(dir);
  });
  afterAll(async () => sized?.close());

  it('charts time against size for the baseline and the newest run, with both exponents', async () => {
    await page.goto(`${sized.url}/`);
    const card = page.locator('article.card.scaling[data-family="test_render_n"]');
    await page.waitForSelector('article.card.scaling[data-drawn="true"]');
    expect(await card.locator('h2').innerText()).toBe('Scaling: test_render_n');
    expect(await card.locator('.metric').innerText()).toMatch(/^~n\^1\.0 → ~n\^2\.0 \(time against size/);
    const [base, head] = JSON.parse((await card.locator('.scaling-chart').getAttribute('data-exponents'))!) as number[];
    expect(Math.abs(base! - 1)).toBeLessThan(0.05);
    expect(Math.abs(head! - 2)).toBeLessThan(0.05);
    expect(await card.locator('canvas').count()).toBe(1);
    expect(await card.locator('.legend').innerText()).toMatch(/baseline.*newest run/s);
    // The members keep their own charts below it.
    expect(await page.locator('article.card:not(.scaling)').count()).toBe(3);
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
  });
});

describe('trend page: a long history', () => {
  let long: StaticServer;
  const RUNS = 600;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-site-long-'));
    const store = new LocalDirectoryStore(dir, { site: siteFiles });
    // One benchmark, 600 runs: sealed chunks of its older points, the newest in the tail.
    for (let i = 0; i < RUNS; i++)
      await store.append(
        gymRun(0xa000 + i, new Date(Date.UTC(2026, 0, 1) + i * 3_600_000), { test_long: 1e-3 * (1 + 0.01 * Math.sin(i)) }),
      );
    long = await serveDirectory(dir);
  }, 120_000);
  afterAll(async () => long?.close());

  it('draws the newest runs before the older files arrive, then the whole series in their place', async () => {
    const key = benchmarkKey('test_long');
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // The oldest file waits until the card has drawn what it could without it.
    await page.route(`**/series/${key}/c0.json`, async (route) => {
      await held;
      await route.continue();
    });
    try {
      await page.goto(`${long.url}/`);
      await page.waitForSelector(`#b-${key}[data-drawn="newest"] canvas`);
      const newest = Number(await page.locator(`#b-${key} .chart[data-metric="time"]`).getAttribute('data-points'));
      expect(newest).toBeGreaterThan(0);
      expect(newest).toBeLessThan(RUNS);
      expect(await page.locator(`#b-${key} .metric`).innerText()).toMatch(/newest \d+ runs; older runs loading/);
      release();
      await page.waitForSelector(`#b-${key}[data-drawn="true"]`);
      // One chart, of every run: the first one was taken down, not left beside it.
      expect(await page.locator(`#b-${key} .chart`).count()).toBe(1);
      expect(await page.locator(`#b-${key} canvas`).count()).toBe(1);
      expect(await page.locator(`#b-${key} .chart[data-metric="time"]`).getAttribute('data-points')).toBe(String(RUNS));
      expect(await page.locator(`#b-${key} .metric`).innerText()).not.toMatch(/loading/);
      expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
    } finally {
      release();
      await page.unroute(`**/series/${key}/c0.json`);
    }
  });
});
