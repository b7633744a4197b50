/** Drift: change points on constructed series, and `causal-perf history changes` on an imported history. */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gaussian, rng } from '../bench/simulate.js';
import { changePoints } from '../src/analysis/changes.js';
import { decide } from '../src/analysis/decide.js';
import { DEFAULT_RULES } from '../src/config.js';
import type { ResultSet } from '../src/model.js';
import type { RunRecord } from '../src/history/types.js';
import { openRegressions } from '../src/pipeline/drift.js';
import { DIST_NODE, FIXTURES, ROOT } from './helpers.js';

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

  it('finds a short level between two changes that windows of 50 runs blur, in windows of 20', () => {
    // Twelve runs +8 % (2 % noise), back, and a −7 % step thirty runs later: in windows of 50 the
    // short level and the later step share every window and no split is significant.
    let single = 0;
    let multi = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const r = rng(seed);
      const xs = Array.from(
        { length: 200 },
        (_, i) => (i >= 100 && i < 112 ? 1.08 : 1) * (i >= 142 ? 0.93 : 1) * Math.exp(0.02 * gaussian(r)),
      );
      const at = (cs: { index: number; ratio: number }[]) => cs.some((c) => Math.abs(c.index - 100) <= 1 && c.ratio > 1);
      if (at(changePoints(xs, { finer: [] }))) single++;
      if (at(changePoints(xs))) multi++;
    }
    expect(single).toBeLessThanOrEqual(2);
    expect(multi).toBeGreaterThanOrEqual(8);
  });
  it('names the push that moved a real series, not the one-run spike three pushes before it', () => {
    // Raphtory's own runs on GitHub-hosted runners: a +40 % step at push 56, with a one-run spike at
    // 53 and one run half-way up at 55. Windows of 50 each side put the split at the spike.
    const real = JSON.parse(readFileSync(join(FIXTURES, 'github-action-benchmark', 'raphtory-edge-updates.json'), 'utf8')) as {
      values: number[];
      commits: string[];
    };
    const before = real.values.slice(40, 53);
    const after = real.values.slice(56, 70);
    expect(Math.min(...after)).toBeGreaterThan(Math.max(...before)); // the step, as the data shows it
    expect(real.values[53]!).toBeGreaterThan(Math.min(...after)); // the spike
    expect(real.values[54]!).toBeLessThan(Math.max(...before)); // back at the old level
    const step = changePoints(real.values).find((c) => c.index > 40 && c.index < 70);
    expect(step).toBeDefined();
    expect(step!.ratio).toBeGreaterThan(1.3);
    expect([55, 56]).toContain(step!.index);
    expect(step!.from).toBeGreaterThanOrEqual(54); // the commits that moved it exclude the spike's
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

describe('open regressions (#27)', () => {
  const record = (i: number, t: number, flagged?: RunRecord['flagged']): RunRecord => ({
    version: 1,
    suite: 'gym',
    commit: { sha: String(i).padStart(3, '0').padEnd(40, 'c') },
    branch: 'main',
    testbed: 'Linux-X64',
    recordedAt: new Date(Date.UTC(2026, 5, 1, 0, i)).toISOString(),
    results: runOf(t),
    ...(flagged ? { flagged } : {}),
  });
  const series = (level: (i: number) => number, n: number, seed = 5) => {
    const noise = noisy(seed, 0.01);
    return Array.from({ length: n }, (_, i) => record(i, 1e-3 * level(i) * noise()));
  };

  it('lists a step past the limit that stays, naming the commit that brought it', () => {
    const open = openRegressions(
      series((i) => (i >= 20 ? 1.3 : 1), 30),
      DEFAULT_RULES,
    );
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ benchmark: 'dag', metric: 'time', testbed: 'Linux-X64', limit: 1.1, flagged_by_gate: false });
    expect(open[0]!.to_sha.startsWith('020')).toBe(true);
    expect(open[0]!.ratio).toBeGreaterThan(1.25);
    expect(open[0]!.ratio).toBeLessThan(1.35);
  });

  it('lists a creep of two +6 % steps that together pass the limit, from the first of them', () => {
    const open = openRegressions(
      series((i) => (i >= 30 ? 1.06 ** 2 : i >= 15 ? 1.06 : 1), 45),
      DEFAULT_RULES,
    );
    expect(open).toHaveLength(1);
    expect(Number(open[0]!.to_sha.slice(0, 3))).toBeLessThan(20);
  });

  it('is closed by a revert, by an accepting run, and never opened by a step under the limit or an improvement', () => {
    expect(
      openRegressions(
        series((i) => (i >= 15 && i < 30 ? 1.3 : 1), 45),
        DEFAULT_RULES,
      ),
    ).toEqual([]);
    expect(
      openRegressions(
        series((i) => (i >= 20 ? 1.05 : 1), 30),
        DEFAULT_RULES,
      ),
    ).toEqual([]);
    expect(
      openRegressions(
        series((i) => (i >= 20 ? 0.7 : 1), 30),
        DEFAULT_RULES,
      ),
    ).toEqual([]);
    const accepted = series((i) => (i >= 20 ? 1.3 : 1), 30);
    accepted[20]!.flagged = [
      { benchmark: 'dag', metric: 'time', status: 'regression', accepted: 'alice, commit trailer Perf-Accepted: dag' },
    ];
    expect(openRegressions(accepted, DEFAULT_RULES)).toEqual([]);
    // A later regression on top of the accepted level is open again.
    const noise = noisy(9, 0.01);
    const again = [...accepted, ...Array.from({ length: 15 }, (_, k) => record(30 + k, 1e-3 * 1.3 * 1.3 * noise()))];
    const open = openRegressions(again, DEFAULT_RULES);
    expect(open).toHaveLength(1);
    expect(Number(open[0]!.to_sha.slice(0, 3))).toBeGreaterThanOrEqual(30);
  });
});
