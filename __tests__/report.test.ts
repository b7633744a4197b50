/**
 * The PR comment rendered by a CommonMark + GFM-tables renderer (markdown-it, as GitHub renders
 * comments): untrusted benchmark names stay text, and the report fits GitHub's comment limit.
 */
import { describe, expect, it } from '@jest/globals';
import MarkdownIt from 'markdown-it';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../test-support/chromium.js';
import { ROOT } from './helpers.js';
import { decide } from '../src/analysis/decide.js';
import { DEFAULT_RULES } from '../src/config.js';
import type { Benchmark, ResultSet } from '../src/model.js';
import { renderMarkdown, renderText } from '../src/report/markdown.js';

const md = new MarkdownIt({ html: true, linkify: true });

const HOSTILE = [
  '</details><img src=x onerror=alert(1)>',
  '[click me](https://evil.example/phish)',
  'ping @octocat and @org/team',
  'pipe | breaks | tables',
  'back`tick``s',
  'line\nbreak # heading',
  '**bold** _it_ <script>alert(2)</script>',
];

const run = (factor: number, names: string[], seed = 0): ResultSet => ({
  benchmarks: names.map((name, i): Benchmark => ({
    name,
    group: i === 0 ? '<b>group</b> @team' : undefined,
    metrics: {
      time: {
        value: 1e-3 * factor,
        unit: 's',
        direction: 'smaller',
        samples: [0.99, 1, 1.01, 1.002, 0.998].map((k) => 1e-3 * factor * k * (1 + ((seed * 7 + i) % 5) / 1000)),
      },
    },
  })),
});

describe('the PR comment', () => {
  it('shows hostile benchmark names as text: no HTML, links, mentions or broken tables', () => {
    const names = [...HOSTILE, 'plain_a', 'plain_b', 'plain_c'];
    const history = [0, 1, 2, 3, 4].map((s) => run(1, names, s));
    const head = run(1, names, 9);
    head.benchmarks[0]!.metrics.time!.samples = head.benchmarks[0]!.metrics.time!.samples!.map((v) => v * 1.5);
    head.benchmarks[0]!.metrics.time!.value *= 1.5;
    const decision = decide(head, history, DEFAULT_RULES);
    expect(decision.verdict).toBe('fail');
    const html = md.render(renderMarkdown(decision, { name: 'suite <img src=y> @everyone' }));
    expect(html).not.toMatch(/<img|<script|<b>|<a /i);
    // Outside code spans (where GitHub links nothing) every @ is followed by a zero-width space.
    const prose = html.replace(/<code>[\s\S]*?<\/code>/g, '');
    expect(prose).not.toMatch(/@(octocat|everyone|team|org)/);
    expect(prose).toContain('@\u200beveryone');
    expect(html).toContain('<code>&lt;/details&gt;&lt;img src=x onerror=alert(1)&gt;</code>');
    expect(html).toContain('<code>[click me](https://evil.example/phish)</code>');
    // Every table row keeps its cells despite the pipes: 5 in the essentials, 4 in the statistics.
    for (const t of html.match(/<table>[\s\S]*?<\/table>/g) ?? []) {
      const rows = t.match(/<tr>[\s\S]*?<\/tr>/g) ?? [];
      const width = rows[0]!.match(/<th[ >]/g)!.length;
      expect([5, 4]).toContain(width);
      for (const row of rows) expect(row.match(/<t[dh][ >]/g)).toHaveLength(width);
    }
    expect(html.match(/<tr>/g)?.length).toBeGreaterThanOrEqual(names.length + 2);
  });

  it('stays under GitHub’s 65,536-character limit for 5,000 benchmarks, regressions first', () => {
    const names = Array.from({ length: 5000 }, (_, i) => `test_case_${i}_${'x'.repeat(30)}`);
    // Ten prior runs: against fewer, one run of 5,000 benchmarks is held to the noise model's per-run
    // extremes, which a +40 % does not beat (it is undecided, not failed).
    const history = Array.from({ length: 10 }, (_, s) => run(1, names, s));
    const head = run(1, names, 5);
    for (const i of [10, 2000, 4999]) {
      const t = head.benchmarks[i]!.metrics.time!;
      t.value *= 1.4;
      t.samples = t.samples!.map((v) => v * 1.4);
    }
    const decision = decide(head, history, DEFAULT_RULES);
    const body = renderMarkdown(decision, {
      name: 'big',
      maxLength: 65_000,
      fullReportUrl: 'https://github.com/o/r/actions/runs/1',
    });
    expect(body.length).toBeLessThanOrEqual(65_000);
    expect(body).toMatch(/3 rules broken/);
    for (const i of [10, 2000, 4999]) expect(body).toContain(`test_case_${i}_`);
    expect(body).toMatch(/unchanged results are in the full report|not shown here/);
  });
});

describe('untrusted units and names elsewhere', () => {
  const custom = (v: number, name: string, unit: string): ResultSet => ({
    benchmarks: [{ name, metrics: { [`ops\n::warning::x`]: { value: v, unit, direction: 'bigger' } } }],
  });
  const hostileUnit = '@octocat <img src=https://evil.example/x.png>';
  const hostileName = 'evil\n::add-mask::secret\r\n::error::pwned\u0007';
  const decision = decide(
    custom(80, hostileName, hostileUnit),
    [1, 2, 3].map(() => custom(100, hostileName, hostileUnit)),
    DEFAULT_RULES,
  );

  it('renders a metric unit as text in the comment: no live mention, no remote image', () => {
    const html = md.render(renderMarkdown(decision));
    expect(html).not.toMatch(/<img/i);
    expect(html.replace(/<code>[\s\S]*?<\/code>/g, '')).not.toMatch(/@octocat/);
    expect(html).toContain('&lt;img');
  });

  it('never lets a name or metric start a console line, or a workflow command', () => {
    const text = renderText(decision);
    for (const line of text.split('\n')) expect(line.startsWith('::')).toBe(false);
    // eslint-disable-next-line no-control-regex -- the control characters must be gone
    expect(text).not.toMatch(/[\r\u0007]/);
    expect(text).toContain('evil\\n::add-mask::secret\\r\\n::error::pwned\\u0007');
  });
});

describe('the job summary limit', () => {
  it('is counted in UTF-8 bytes, so non-ASCII names cannot push it past 1 MiB', () => {
    const names = Array.from({ length: 3000 }, (_, i) => `ベンチマーク_因果推論_介入_${i}`);
    const history = [0, 1, 2].map((s) => run(1, names, s));
    const decision = decide(run(1, names, 5), history, DEFAULT_RULES);
    const unlimited = renderMarkdown(decision);
    const limit = 350_000;
    expect(unlimited.length).toBeLessThan(limit);
    expect(Buffer.byteLength(unlimited, 'utf8')).toBeGreaterThan(limit);
    const fitted = renderMarkdown(decision, { maxBytes: limit });
    expect(Buffer.byteLength(fitted, 'utf8')).toBeLessThanOrEqual(limit);
  });
});

describe('the PR comment in a browser', () => {
  it('fits the ~760 px a pull request conversation gives it, statistics folded away (#28 item 17)', async () => {
    // The example suite's names, one 4× slower, on a runner 8 % slower than usual (corrected changes shown).
    const names = [
      'test_intervention_performance',
      'test_dag_creation_performance[100-200]',
      'test_agreement_metrics_1000',
      'test_reference_agent_accuracy',
      'test_environment_memory_200',
      'test_dag_creation_10_15',
      'test_dag_creation_50_100',
    ];
    const history = [0, 1, 2, 3, 4, 5, 6, 7].map((s) => run(1, names, s));
    const head = run(1.08, names, 9);
    const slow = head.benchmarks[0]!.metrics.time!;
    slow.value *= 4;
    slow.samples = slow.samples!.map((v) => v * 4);
    const decision = decide(head, history, DEFAULT_RULES);
    expect(decision.verdict).toBe('fail');
    const body = md.render(
      renderMarkdown(decision, { name: 'causal-gym', benchmarkLink: (b) => `https://o.github.io/r/#b=${encodeURIComponent(b)}` }),
    );
    // GitHub's comment styles (github-markdown-css): 14 px system font, tables as scrolling blocks.
    const css = `body{margin:0;font:14px/1.5 -apple-system,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif}
      .markdown-body{width:760px;box-sizing:border-box;padding:16px}
      table{border-spacing:0;border-collapse:collapse;display:block;width:max-content;max-width:100%;overflow:auto}
      td,th{padding:6px 13px;border:1px solid #d0d7de}
      code{font:85% ui-monospace,SFMono-Regular,Menlo,monospace;padding:.2em .4em;white-space:break-spaces;background:#eff1f3}`;
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 760, height: 900 } });
      await page.setContent(`<!doctype html><meta charset="utf-8"><style>${css}</style><div class="markdown-body">${body}</div>`);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const tables = await page.evaluate(() =>
        Array.from(document.querySelectorAll('table')).map((t) => ({ scroll: t.scrollWidth, client: t.clientWidth })),
      );
      expect(tables.length).toBe(3); // the essentials, the statistics, the unchanged rows
      for (const t of tables) expect(t.scroll).toBeLessThanOrEqual(t.client);
      const artifacts = join(ROOT, '.tmp', 'artifacts');
      mkdirSync(artifacts, { recursive: true });
      await page.screenshot({ path: join(artifacts, 'pr-comment-760px.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  }, 60_000);
});
