/** Drift: change points on constructed series, and `causal-perf history changes` on an imported history. */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gaussian, rng } from '../bench/simulate.js';
import { changePoints } from '../src/analysis/changes.js';
import { decide } from '../src/analysis/decide.js';
import { DEFAULT_RULES } from '../src/config.js';
import type { ResultSet } from '../src/model.js';
import { DIST_NODE, ROOT } from './helpers.js';

const noisy = (seed: number, sd: number) => {
  const r = rng(seed);
  return () => 1 + sd * gaussian(r);
};
const runOf = (t: number): ResultSet => ({
  benchmarks: [{ name: 'dag', metrics: { time: { value: t, unit: 's', direction: 'smaller' } } }],
});

describe('changePoints', () => {
  it('finds a +15 % creep made of five +3 % commits, none of which fails the gate, within the commits that made it', () => {
    const n = noisy(3, 0.01);
    const steps = [40, 52, 64, 76, 88];
    const level = (i: number) => 1.03 ** steps.filter((s) => i >= s).length;
    const values = Array.from({ length: 140 }, (_, i) => 1e-3 * n() * level(i));
    // The gate, on each of the five commits against the 20 runs before it: none fails.
    for (const i of steps)
      expect(decide(runOf(values[i]!), values.slice(i - 20, i).map(runOf), DEFAULT_RULES).verdict).toBe('pass');
    const found = changePoints(values);
    expect(found.length).toBeGreaterThanOrEqual(1);
    const total = found.reduce((p, c) => p * c.ratio, 1);
    expect(total).toBeGreaterThan(1.1);
    expect(total).toBeLessThan(1.2);
    for (const c of found) {
      expect(c.from).toBeGreaterThanOrEqual(38);
      expect(c.to).toBeLessThanOrEqual(90);
    }
  });

  it('finds nothing in a stationary noisy series with outliers, nor at a single outlier run', () => {
    const n = noisy(8, 0.05);
    const r = rng(9);
    const stationary = Array.from({ length: 300 }, () => n() * (r() < 0.04 ? 2.5 : 1));
    expect(changePoints(stationary)).toEqual([]);
    const single = Array.from({ length: 100 }, (_, i) => (i === 60 ? 4 : 1) * n());
    expect(changePoints(single)).toEqual([]);
  });
});

describe('causal-perf history changes', () => {
  it('reports the step in a history imported from github-action-benchmark (customSmallerIsBetter, ms)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-drift-'));
    const n = noisy(4, 0.02);
    const sha = (i: number) => i.toString(16).padStart(4, '0').padEnd(40, 'a');
    const entries = Array.from({ length: 80 }, (_, i) => ({
      commit: { id: sha(i), message: `commit ${i}`, timestamp: new Date(Date.UTC(2026, 5, 1) + i * 3_600_000).toISOString() },
      date: Date.UTC(2026, 5, 1) + i * 3_600_000,
      tool: 'customSmallerIsBetter',
      benches: [
        { name: 'render time', unit: 'ms', value: 40 * n() * (i >= 50 ? 1.2 : 1) },
        { name: 'parse time', unit: 'ms', value: 10 * n() },
      ],
    }));
    writeFileSync(join(dir, 'data.js'), `window.BENCHMARK_DATA = ${JSON.stringify({ entries: { 'UI suite': entries } })};`);
    const cli = (...args: string[]) =>
      spawnSync(DIST_NODE, [join(ROOT, 'dist', 'cli.js'), ...args], { cwd: dir, encoding: 'utf8' });
    expect(cli('import', 'data.js', '--history-dir', 'h').status).toBe(0);
    const r = cli('history', 'changes', '--history-dir', 'h', '--format', 'json');
    expect(r.status).toBe(0);
    const { changes } = JSON.parse(r.stdout);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      suite: 'UI suite',
      benchmark: 'render time',
      // A time unit (ms) with customSmallerIsBetter is the metric time, in seconds.
      metric: 'time',
      unit: 's',
      from_sha: sha(49),
      to_sha: sha(50),
      flagged_by_gate: false,
    });
    expect(changes[0].ratio).toBeGreaterThan(1.15);
    expect(cli('history', 'changes', '--history-dir', 'h').stdout).toMatch(
      /UI suite render time time: \+2\d % .* between 0031a{6} and 0032a{6} — not flagged by the gate/,
    );
  });
});

describe('drift reads one branch', () => {
  it("a feature branch's runs never read as drift on main when no branch is named (#27)", async () => {
    const { LocalDirectoryStore } = await import('../src/history/local.js');
    const { findChanges, defaultBranchOf } = await import('../src/pipeline/drift.js');
    const dir = mkdtempSync(join(tmpdir(), 'cp-drift-br-'));
    const store = new LocalDirectoryStore(dir);
    const n = noisy(12, 0.01);
    for (let i = 0; i < 90; i++) {
      // From push 40 on, a feature branch's runs 1.5× slower land between main's.
      const feature = i >= 40 && i % 2 === 1;
      await store.append({
        version: 1,
        suite: 's',
        commit: { sha: i.toString(16).padStart(40, '0') },
        branch: feature ? 'feature' : 'main',
        event: 'push',
        runId: String(i),
        recordedAt: new Date(Date.UTC(2026, 5, 1) + i * 3_600_000).toISOString(),
        results: runOf(1e-3 * n() * (feature ? 1.5 : 1)),
      });
    }
    const all = await store.load({ suite: 's', limit: 1000 });
    expect(defaultBranchOf(all)).toBe('main');
    expect(await findChanges(store, ['s'])).toEqual([]);
    expect((await findChanges(store, ['s'], { branch: 'main' })).length).toBe(0);
  });
});
