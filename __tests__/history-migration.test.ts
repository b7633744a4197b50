import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TAIL_TURNS, paths, readIndex } from '../src/history/layout.js';
import { LocalDirectoryStore } from '../src/history/local.js';
import { checkHistory } from '../src/history/repair.js';
import type { RunRecord } from '../src/history/types.js';
import { chartPoints } from '../test-support/chart-points.js';

/** A history written by the layout before chunks (monthly series shards): see the fixture's README. */
const FIXTURE = join(process.cwd(), '__tests__', 'fixtures', 'history-v1');
const NAMES = ['test_dag_creation_performance[10-15]', 'test_metric_computation_performance', 'test_intervention'];

const run = (i: number, day: number, extra: Partial<RunRecord> = {}): RunRecord => ({
  version: 1,
  suite: 'causal gym',
  commit: { sha: `beef${i}`.padEnd(40, '0') },
  branch: 'main',
  recordedAt: new Date(Date.UTC(2026, 10, day, 18, i)).toISOString(),
  runId: String(2000 + i),
  testbed: 'Linux-X64',
  results: {
    benchmarks: NAMES.map((name, j) => ({
      name,
      metrics: { time: { value: 0.5 + i + j / 10, unit: 's', direction: 'smaller' } },
    })),
  },
  ...extra,
});

function copy(): { dir: string; store: LocalDirectoryStore } {
  const dir = mkdtempSync(join(tmpdir(), 'cp-migrate-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return { dir, store: new LocalDirectoryStore(dir) };
}

const times = (points: { m: Record<string, (number | null | undefined)[]> }[]) => points.map((p) => p.m.time?.[0]);

describe('a history written before chunks', () => {
  it('loads as it is: every point of its monthly shards on the chart, every run in the baseline', async () => {
    const { store } = copy();
    for (const name of NAMES) expect(await chartPoints(store.files(), 'causal gym', name)).toHaveLength(9);
    const points = await chartPoints(store.files(), 'causal gym', NAMES[1]);
    expect(points.map((p) => p.tb)).toEqual([
      'Linux-X64',
      'Linux-X64',
      'Windows-X64',
      'Linux-X64',
      'Linux-X64',
      'Windows-X64',
      'Linux-X64',
      'Linux-X64',
      'Windows-X64',
    ]);
    expect(points.every((p) => p.m.accuracy !== undefined)).toBe(true);
    expect(await store.load({ suite: 'causal gym', limit: 50 })).toHaveLength(9);
  });

  it('is migrated by the next appends without losing a point, and its monthly shards are never rewritten', async () => {
    const { dir, store } = copy();
    const shards = (readdirSync(join(dir, 'data', 'causal_gym', 'series'), { recursive: true }) as string[])
      .filter((f) => f.endsWith('.json'))
      .map((f) => join(dir, 'data', 'causal_gym', 'series', f));
    const before = new Map(shards.map((f) => [f, readFileSync(f, 'utf8')]));
    const old = new Map<string, (number | null | undefined)[]>();
    for (const name of NAMES) old.set(name, times(await chartPoints(store.files(), 'causal gym', name)));
    // Enough appends for every benchmark's turn to come twice: their tail points move into chunks.
    const added = 2 * TAIL_TURNS + 3;
    for (let i = 0; i < added; i++) await store.append(run(i, 9 + Math.floor(i / 4)));
    for (const [i, name] of NAMES.entries()) {
      const points = await chartPoints(store.files(), 'causal gym', name);
      expect(times(points)).toEqual([...(old.get(name) ?? []), ...Array.from({ length: added }, (_, k) => 0.5 + k + i / 10)]);
    }
    for (const [f, text] of before) expect(readFileSync(f, 'utf8')).toBe(text);
    const index = await readIndex(store.files(), 'causal_gym', () => {});
    for (const b of index?.benchmarks ?? []) {
      expect(b.months).toEqual(['2026-10', '2026-11']);
      expect(b.chunks?.[1]).toBeGreaterThan(0);
    }
    const report = await checkHistory(store.files());
    expect(report.unreadable).toEqual([]);
    expect(report.missing).toEqual([]);
    expect(report.orphans).toEqual([]);
    expect(await store.load({ suite: 'causal gym', limit: 100 })).toHaveLength(9 + added);
  });

  it('keeps its old months under retention until they are due, then drops their shards and no newer point', async () => {
    const { dir } = copy();
    const store = new LocalDirectoryStore(dir, { retention: { maxRuns: 30 } });
    for (let i = 0; i < 2 * TAIL_TURNS; i++) await store.append(run(i, 9 + Math.floor(i / 3)));
    // 9 + 32 runs > 30: October (4 runs) went; November's shards stay.
    const index = await readIndex(store.files(), 'causal_gym', () => {});
    expect(index?.months.map((m) => m.month)).toEqual(['2026-11']);
    const key = index?.benchmarks[0]?.key as string;
    expect(readdirSync(join(dir, 'data', 'causal_gym', 'series', key)).filter((f) => /^\d{4}-\d{2}\.json$/.test(f))).toEqual([
      '2026-11.json',
    ]);
    const points = await chartPoints(store.files(), 'causal gym', index?.benchmarks[0]?.name);
    expect(points.every((p) => p.t >= '2026-11')).toBe(true);
    expect(points).toHaveLength(5 + 2 * TAIL_TURNS);
    expect(readFileSync(join(dir, paths.index('causal gym')), 'utf8')).not.toContain('2026-10');
  });
});
