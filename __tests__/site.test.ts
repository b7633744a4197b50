/**
 * The trend page in a real headless Chromium (Debian's, driven by playwright-core), served over HTTP
 * from a history written by the real store.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { benchmarkKey } from '../src/history/layout.js';
import { LocalDirectoryStore } from '../src/history/local.js';
import type { RunAnnotations, RunRecord } from '../src/history/types.js';
import { siteFiles } from '../src/history/site-files.js';
import { serveDirectory, type StaticServer } from '../src/io/serve.js';
import { ROOT } from './helpers.js';

const HOSTILE = '<img src=x onerror="window.__pwned=1">**bold** @octocat';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

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
          time: { value: 5e-4 * slow, unit: 's', direction: 'smaller', samples: [4.9e-4, 5e-4, 5.2e-4].map((v) => v * slow) },
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
  };
  for (let i = 0; i < 15; i++) await store.append(run(i, 'main', i === 14 ? 1.3 : 1), i === 14 ? flagged : undefined);
  for (let i = 20; i < 24; i++) await store.append(run(i, 'feature'));
  server = await serveDirectory(dir);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
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
    expect(page.url()).toContain('suite=causal_gym');
    // Nothing came from outside the served folder.
    expect(server.requests.every((r) => r.startsWith('/'))).toBe(true);
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
