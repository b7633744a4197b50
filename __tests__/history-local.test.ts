import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { paths, runIdOf, TAIL_TURNS } from '../src/history/layout.js';
import { LocalDirectoryStore } from '../src/history/local.js';
import { testbedOf, type RunRecord } from '../src/history/types.js';
import { chartPoints } from '../test-support/chart-points.js';

const record = (i: number, branch = 'main'): RunRecord => ({
  version: 1,
  suite: 'causal gym',
  commit: { sha: `sha${i}`.padEnd(40, '0') },
  branch,
  recordedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
  runId: String(i),
  results: { benchmarks: [{ name: 'b', metrics: { time: { value: i, unit: 's', direction: 'smaller' } } }] },
});

describe('LocalDirectoryStore', () => {
  it('returns the newest runs of a branch, oldest first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-hist-'));
    const store = new LocalDirectoryStore(dir);
    for (let i = 0; i < 6; i++) await store.append(record(i, i % 2 ? 'feature' : 'main'));
    const runs = await store.load({ suite: 'causal gym', branch: 'main', limit: 2 });
    expect(runs.map((r) => r.commit.sha.slice(0, 4))).toEqual(['sha2', 'sha4']);
    expect(await store.load({ suite: 'causal gym', limit: 10 })).toHaveLength(6);
    expect(await store.load({ suite: 'other', limit: 10 })).toEqual([]);
    expect(readdirSync(join(dir, 'data', 'causal_gym', 'runs', '2026-01')).some((n) => n.endsWith('.tmp'))).toBe(false);
  });

  it('keeps testbeds apart: a baseline is its own testbed’s runs (and runs from before testbeds), never another’s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-hist-'));
    const store = new LocalDirectoryStore(dir);
    const legacy = record(0);
    await store.append(legacy);
    // Three matrix legs of one workflow run: same commit, same run id, same second.
    const leg = (testbed: string, os?: string): RunRecord => ({
      ...record(1),
      testbed,
      ...(os ? { environment: { os, arch: 'X64' } } : {}),
    });
    for (const t of ['Linux-X64', 'Windows-X64', 'linux-8core']) expect(await store.append(leg(t))).toBe(true);
    expect(new Set([leg('Linux-X64'), leg('Windows-X64'), leg('linux-8core')].map(runIdOf)).size).toBe(3);
    const windows = await store.load({ suite: 'causal gym', limit: 10, testbed: 'Windows-X64' });
    expect(windows.map((r) => r.testbed ?? 'none')).toEqual(['none', 'Windows-X64']);
    expect(await store.load({ suite: 'causal gym', limit: 10 })).toHaveLength(4);
    const index = JSON.parse(readFileSync(join(dir, 'data', 'causal_gym', 'index.json'), 'utf8'));
    expect(index.testbeds).toEqual({ 'Linux-X64': 1, 'Windows-X64': 1, 'linux-8core': 1 });
    const points = await chartPoints(store.files(), 'causal gym');
    expect(points.map((p) => p.tb ?? 'none').sort()).toEqual(['Linux-X64', 'Windows-X64', 'linux-8core', 'none']);
    // A run that kept only its runner facts counts as that runner's testbed.
    expect(testbedOf({ environment: { os: 'macOS', arch: 'ARM64' } })).toBe('macOS-ARM64');
    expect(testbedOf({})).toBeUndefined();
  });

  it('skips a corrupt entry with a warning and keeps the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-hist-'));
    const warnings: string[] = [];
    const store = new LocalDirectoryStore(dir, { warn: (m) => warnings.push(m) });
    await store.append(record(1));
    await store.append(record(3));
    await store.append(record(5));
    const broken = paths.run('causal gym', '2026-01', runIdOf(record(3)));
    writeFileSync(join(dir, broken), '{"version": 1, "resul');
    const runs = await store.load({ suite: 'causal gym', limit: 10 });
    expect(runs.map((r) => r.runId)).toEqual(['1', '5']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`skipped unreadable ${broken}`);
    // Appending again neither fails nor touches the broken file.
    await store.append(record(7));
    expect(readFileSync(join(dir, broken), 'utf8')).toBe('{"version": 1, "resul');
    expect((await store.load({ suite: 'causal gym', limit: 10 })).map((r) => r.runId)).toEqual(['1', '5', '7']);
  });

  it('an append changes the index by a few entries, not one per benchmark (#32)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-hist-'));
    const store = new LocalDirectoryStore(dir);
    const wide = (i: number): RunRecord => ({
      ...record(i),
      results: {
        benchmarks: Array.from({ length: 64 }, (_, k) => ({
          name: `bench_${k}`,
          metrics: { time: { value: k + i / 100, unit: 's', direction: 'smaller' as const } },
        })),
      },
    });
    const indexPath = join(dir, paths.index('causal gym'));
    const changed: number[] = [];
    for (let i = 0; i < 2 * TAIL_TURNS + 2; i++) {
      const before = i > 0 ? JSON.parse(readFileSync(indexPath, 'utf8')) : undefined;
      await store.append(wide(i));
      const after = JSON.parse(readFileSync(indexPath, 'utf8'));
      if (before)
        changed.push(
          after.benchmarks.filter((b: object, k: number) => JSON.stringify(b) !== JSON.stringify(before.benchmarks[k])).length,
        );
    }
    // Only the benchmarks whose tail moves into a chunk on that append (1 in TAIL_TURNS, by key) change.
    expect(Math.max(...changed)).toBeLessThan(64 / 4);
    expect(changed.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(await store.load({ suite: 'causal gym', limit: 3 })).toHaveLength(3);
  });

  it('appends a run once even when asked twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-hist-'));
    const store = new LocalDirectoryStore(dir);
    await store.append(record(1));
    await store.append(record(1));
    expect(await store.load({ suite: 'causal gym', limit: 10 })).toHaveLength(1);
  });

  it('ends a pull request’s window at its base commit when history has it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-hist-'));
    const store = new LocalDirectoryStore(dir);
    for (let i = 0; i < 6; i++) await store.append(record(i));
    const sha = (i: number) => record(i).commit.sha;
    const window = await store.load({ suite: 'causal gym', branch: 'main', limit: 2, untilShas: [sha(2)] });
    expect(window.map((r) => r.runId)).toEqual(['1', '2']);
    // A base commit history does not have: the newest runs.
    const fallback = await store.load({ suite: 'causal gym', branch: 'main', limit: 2, untilShas: ['f'.repeat(40)] });
    expect(fallback.map((r) => r.runId)).toEqual(['4', '5']);
  });

  it('drops months older than max-age-days, measured from the store’s clock', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-hist-'));
    const at = (iso: string, i: number): RunRecord => ({ ...record(i), recordedAt: iso });
    // The clock stands at the first second of 2027: December 2026 is 1 day old, October 2026 is 62+ days old.
    const store = new LocalDirectoryStore(dir, {
      retention: { maxAgeDays: 45 },
      clock: () => new Date('2027-01-01T00:00:00Z'),
    });
    await store.append(at('2026-10-15T12:00:00Z', 1));
    await store.append(at('2026-12-31T23:59:59Z', 2));
    await store.append(at('2027-01-01T00:00:00Z', 3));
    expect((await store.load({ suite: 'causal gym', limit: 10 })).map((r) => r.runId)).toEqual(['2', '3']);
    expect(readdirSync(join(dir, 'data', 'causal_gym', 'runs')).sort()).toEqual([
      '2026-12',
      '2026-12.json',
      '2027-01',
      '2027-01.json',
    ]);
    // The same history a year later keeps only its newest month (retention never drops the last one).
    const later = new LocalDirectoryStore(dir, { retention: { maxAgeDays: 45 }, clock: () => new Date('2028-01-01T00:00:00Z') });
    await later.append(at('2027-01-02T00:00:00Z', 4));
    expect((await later.load({ suite: 'causal gym', limit: 10 })).map((r) => r.runId)).toEqual(['3', '4']);
  });
});

describe('a rerun of the same job', () => {
  const rerun = (i: number, at: Date, identity?: string): RunRecord => ({
    ...record(i),
    recordedAt: at.toISOString(),
    ...(identity ? { identity } : {}),
  });
  it('replaces the earlier record of the same identity, also across a month boundary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-hist-'));
    const warnings: string[] = [];
    const store = new LocalDirectoryStore(dir, { warn: (m) => warnings.push(m) });
    await store.append(rerun(1, new Date(Date.UTC(2026, 10, 20)), 'o/r/100/bench/causal gym/Linux-X64'));
    await store.append(rerun(2, new Date(Date.UTC(2026, 10, 29)), 'o/r/101/bench/causal gym/Linux-X64'));
    // Attempt 2 of run 101, two days later in the next month: the same identity.
    await store.append(rerun(3, new Date(Date.UTC(2026, 11, 1)), 'o/r/101/bench/causal gym/Linux-X64'));
    const runs = await store.load({ suite: 'causal gym', limit: 10 });
    expect(runs.map((r) => r.commit.sha.slice(0, 4))).toEqual(['sha1', 'sha3']);
    expect(warnings.some((w) => /replaces the earlier record of the same run/.test(w))).toBe(true);
    const index = JSON.parse(readFileSync(join(dir, paths.index('causal gym')), 'utf8'));
    expect(index.months).toEqual([
      { month: '2026-11', runs: 1 },
      { month: '2026-12', runs: 1 },
    ]);
    expect(index.branches).toEqual({ main: 2 });
    const points = await chartPoints(store.files(), 'causal gym');
    expect(points.map((p) => [p.t.slice(0, 7), p.m.time?.[0]])).toEqual([
      ['2026-11', 1],
      ['2026-12', 3],
    ]);
    expect(readdirSync(join(dir, 'data', 'causal_gym', 'runs', '2026-11'))).toHaveLength(1);
  });
  it('replaces the earlier attempt also when both were recorded within one second (the same run id)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-hist-'));
    const store = new LocalDirectoryStore(dir);
    const at = new Date(Date.UTC(2026, 10, 20, 12, 0, 0, 100));
    const first = rerun(1, at, 'o/r/101/bench/causal gym/Linux-X64');
    const second = {
      ...rerun(2, new Date(at.getTime() + 500), 'o/r/101/bench/causal gym/Linux-X64'),
      commit: first.commit,
      runId: first.runId,
    };
    await store.append(first);
    await store.append(second);
    const runs = await store.load({ suite: 'causal gym', limit: 10 });
    expect(runs).toHaveLength(1);
    expect(runs[0]!.results.benchmarks[0]!.metrics.time!.value).toBe(second.results.benchmarks[0]!.metrics.time!.value);
    // A retried append of the very same record adds nothing.
    await store.append(second);
    expect(await store.load({ suite: 'causal gym', limit: 10 })).toHaveLength(1);
  });
  it('keeps runs without an identity (local runs) and runs of other identities', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-hist-'));
    const store = new LocalDirectoryStore(dir);
    await store.append(rerun(1, new Date(Date.UTC(2026, 10, 20))));
    await store.append(rerun(2, new Date(Date.UTC(2026, 10, 21))));
    await store.append(rerun(3, new Date(Date.UTC(2026, 10, 22)), 'a'));
    await store.append(rerun(4, new Date(Date.UTC(2026, 10, 23)), 'b'));
    expect(await store.load({ suite: 'causal gym', limit: 10 })).toHaveLength(4);
  });
});

describe('suite folders', () => {
  it('keep two suites apart whose names differ only in characters a folder name drops', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-hist-'));
    const store = new LocalDirectoryStore(dir);
    const of = (suite: string, i: number): RunRecord => ({ ...record(i), suite });
    await store.append(of('perf suite', 1));
    await store.append(of('perf/suite', 2));
    await store.append(of('perf suite', 3));
    await store.append(of('perf/suite', 4));
    const shas = async (suite: string) => (await store.load({ suite, limit: 10 })).map((r) => r.commit.sha.slice(0, 4));
    expect(await shas('perf suite')).toEqual(['sha1', 'sha3']);
    expect(await shas('perf/suite')).toEqual(['sha2', 'sha4']);
    expect(await shas('perf_suite')).toEqual([]);
    const registry = JSON.parse(readFileSync(join(dir, 'data', 'suites.json'), 'utf8')).suites;
    expect(registry.map((s: { name: string }) => s.name).sort()).toEqual(['perf suite', 'perf/suite']);
    // The first keeps the readable folder (histories written before keep theirs); the second gets a hashed one.
    expect(registry.find((s: { name: string }) => s.name === 'perf suite').id).toBe('perf_suite');
    expect(registry.find((s: { name: string }) => s.name === 'perf/suite').id).toMatch(/^perf_suite-[0-9a-f]{8}$/);
    expect(readdirSync(join(dir, 'data')).sort()).toEqual([...registry.map((s: { id: string }) => s.id), 'suites.json'].sort());
  });
});

describe('damaged derived files', () => {
  const at = (i: number, month: number, suite = 'causal gym'): RunRecord => ({
    ...record(i),
    suite,
    recordedAt: new Date(Date.UTC(2026, month, 2 + i)).toISOString(),
  });
  async function history(extra: RunRecord[] = []) {
    const dir = mkdtempSync(join(tmpdir(), 'cp-hist-'));
    const warnings: string[] = [];
    const store = new LocalDirectoryStore(dir, { warn: (m) => warnings.push(m) });
    for (const run of [at(1, 8), at(2, 8), at(3, 9), at(4, 9), at(5, 10), ...extra]) await store.append(run);
    return { dir, store, warnings };
  }
  const quarantine = (dir: string): string[] => {
    const found: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(d, e.name));
        else found.push(join(d, e.name));
      }
    };
    walk(join(dir, 'quarantine'));
    return found;
  };
  const values = async (store: LocalDirectoryStore) =>
    (await store.load({ suite: 'causal gym', limit: 50 })).map((r) => r.results.benchmarks[0]?.metrics.time?.value);

  it.each([
    ['truncated', '{"version":1,"suite":"causal_gym","months":[{"mon'],
    [
      'of the wrong shape (no branches)',
      '{"version":1,"suite":"causal_gym","name":"causal gym","updated":"x","months":[],"benchmarks":[]}',
    ],
  ])('an index that is %s is rebuilt from the run files and kept in quarantine/', async (_what, text) => {
    const { dir, store, warnings } = await history();
    const indexPath = join(dir, paths.index('causal gym'));
    writeFileSync(indexPath, text);
    expect(await values(store)).toEqual([1, 2, 3, 4, 5]);
    await store.append(at(6, 10));
    expect(await values(store)).toEqual([1, 2, 3, 4, 5, 6]);
    const index = JSON.parse(readFileSync(indexPath, 'utf8'));
    expect(index.months.map((m: { runs: number }) => m.runs)).toEqual([2, 2, 2]);
    expect(index.branches).toEqual({ main: 6 });
    expect(warnings.some((w) => /Rebuilt this suite's index, run logs and series from 5 run files/.test(w))).toBe(true);
    const kept = quarantine(dir);
    expect(kept.length).toBeGreaterThanOrEqual(1);
    expect(kept.map((f) => readFileSync(f, 'utf8'))).toContain(text);
  });

  it('an older month’s run log with an entry missing recordedAt does not drop that month from baselines or charts', async () => {
    const { dir, store, warnings } = await history();
    const logPath = join(dir, paths.runLog('causal gym', '2026-09'));
    writeFileSync(logPath, JSON.stringify({ version: 1, runs: [{ id: 'x', sha: 'y' }] }));
    expect(await values(store)).toEqual([1, 2, 3, 4, 5]);
    expect(warnings.some((w) => /runs\/2026-09\.json .*recordedAt/.test(w))).toBe(true);
  });

  it.each([
    ['the suite tail', (dir: string) => join(dir, paths.tail('causal gym'))],
    [
      'a chunk',
      (dir: string) => {
        const index = JSON.parse(readFileSync(join(dir, paths.index('causal gym')), 'utf8'));
        const [, to] = index.benchmarks[0].chunks;
        return join(dir, paths.chunk('causal gym', index.benchmarks[0].key, to - 1));
      },
    ],
  ])('%s, not JSON, is rebuilt with every earlier point when an append reads it', async (_what, file) => {
    const { dir, store } = await history();
    // Enough appends that this benchmark's turn came: its points are in a chunk and in the tail.
    for (let i = 6; i < 6 + TAIL_TURNS; i++) await store.append(at(i, 10));
    const before = (await chartPoints(store.files(), 'causal gym')).map((p) => p.m.time?.[0]);
    expect(before).toEqual(Array.from({ length: 5 + TAIL_TURNS }, (_, i) => i + 1));
    writeFileSync(file(dir), 'not json');
    // Every append reads the tail; a chunk is read on its benchmark's turn (`history repair` finds it sooner).
    const more = Array.from({ length: TAIL_TURNS }, (_, i) => 6 + TAIL_TURNS + i);
    for (const i of more) await store.append(at(i, 10));
    expect((await chartPoints(store.files(), 'causal gym')).map((p) => p.m.time?.[0])).toEqual([...before, ...more]);
    expect(quarantine(dir).some((f) => readFileSync(f, 'utf8') === 'not json')).toBe(true);
  });

  it('a corrupt suite list keeps the other suites on the page', async () => {
    const { dir, store } = await history([at(1, 10, 'other suite')]);
    writeFileSync(join(dir, 'data', 'suites.json'), '[');
    await store.append(at(7, 10));
    const suites = JSON.parse(readFileSync(join(dir, 'data', 'suites.json'), 'utf8')).suites.map((s: { name: string }) => s.name);
    expect(suites.sort()).toEqual(['causal gym', 'other suite']);
  });
});
