import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CacheStore } from '../src/history/cache.js';
import type { RunRecord } from '../src/history/types.js';
import { startCacheServer, type CacheServer } from '../test-support/cache-server.js';
import { dropDebugLines } from '../test-support/quiet.js';

const record = (i: number, branch = 'main'): RunRecord => ({
  version: 1,
  suite: 'causal gym',
  commit: { sha: `${i}`.padStart(40, 'c') },
  branch,
  runId: String(i),
  recordedAt: new Date(Date.UTC(2026, 10, 2, 0, i)).toISOString(),
  results: { benchmarks: [{ name: 'dag', metrics: { time: { value: 1 + i / 10, unit: 's', direction: 'smaller' } } }] },
});

let server: CacheServer;
const saved = { ...process.env };
// One path for every "job": the cache version depends on it, as on real runners.
const dir = join(mkdtempSync(join(tmpdir(), 'cp-cache-')), 'history');

let restoreStdout: () => string[];
beforeAll(async () => {
  // @actions/cache writes hundreds of ::debug:: lines per save/restore; they would bury real failures.
  restoreStdout = dropDebugLines();
  server = await startCacheServer();
  Object.assign(process.env, server.env);
});
afterAll(async () => {
  restoreStdout();
  process.env = saved;
  await server.close();
});

describe('CacheStore with the real @actions/cache against a local cache service', () => {
  it('saves each run under a new key and restores the newest by prefix in a later job', async () => {
    const warnings: string[] = [];
    const first = new CacheStore({ dir, warn: (m) => warnings.push(m) });
    expect(await first.load({ suite: 'causal gym', branch: 'main', limit: 5 })).toEqual([]);
    expect(warnings.join()).toMatch(/no cached history/);
    await first.append(record(1));
    for (let i = 2; i <= 3; i++) {
      const job = new CacheStore({ dir });
      await job.load({ suite: 'causal gym', branch: 'main', limit: 5 });
      await job.append(record(i));
    }
    expect([...server.entries.values()].map((e) => e.key)).toHaveLength(3);
    const later = new CacheStore({ dir });
    expect((await later.load({ suite: 'causal gym', branch: 'main', limit: 5 })).map((r) => r.runId)).toEqual(['1', '2', '3']);
    // A pull request reads its base branch's history.
    const pr = new CacheStore({ dir, restoreBranch: 'main' });
    expect(await pr.load({ suite: 'causal gym', branch: 'main', limit: 5 })).toHaveLength(3);
    expect(server.calls.filter((c) => c.endsWith('GetCacheEntryDownloadURL')).length).toBeGreaterThanOrEqual(5);
  });

  it('merges: a job that saves after another job restored adds its run on top of the newer history', async () => {
    // Two runners, one path: B restores runs 1–3, and its disk is kept aside while A works.
    const b = new CacheStore({ dir });
    await b.load({ suite: 'causal gym', branch: 'main', limit: 10 });
    const bDisk = `${dir}-runner-b`;
    cpSync(dir, bDisk, { recursive: true });
    const a = new CacheStore({ dir });
    await a.load({ suite: 'causal gym', branch: 'main', limit: 10 });
    await a.append(record(4));
    // Back on B's runner (its disk still has runs 1–3), B records run 5.
    rmSync(dir, { recursive: true, force: true });
    cpSync(bDisk, dir, { recursive: true });
    await b.append(record(5));
    const later = new CacheStore({ dir });
    expect((await later.load({ suite: 'causal gym', branch: 'main', limit: 10 })).map((r) => r.runId)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
  });

  it('misses cleanly for another branch', async () => {
    const warnings: string[] = [];
    const other = new CacheStore({ dir, warn: (m) => warnings.push(m) });
    expect(await other.load({ suite: 'causal gym', branch: 'release', limit: 5 })).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/no cached history under causal-perf-history-v1-causal_gym-release-/)]);
  });

  it('goes on without history when the cache service is down', async () => {
    server.down = true;
    // The library retries each 5xx with backoff sleeps of 3 s, 4.5–6.75 s, … (~30 s in all). Its sleeps
    // run on fake timers that this test moves on whenever the process has nothing else to do; the HTTP
    // calls and the local service stay real.
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask', 'hrtime', 'performance'] });
    const before = server.calls.length;
    try {
      const warnings: string[] = [];
      const store = new CacheStore({ dir, warn: (m) => warnings.push(m) });
      let settled = false;
      const loading = store.load({ suite: 'causal gym', branch: 'main', limit: 5 }).finally(() => (settled = true));
      let waited = 0;
      while (!settled) {
        await new Promise((r) => setImmediate(r));
        if (jest.getTimerCount() > 0) {
          waited += 500;
          await jest.advanceTimersByTimeAsync(500);
        }
      }
      expect(await loading).toEqual([]);
      expect(warnings.join()).toMatch(/no cached history|could not restore/);
      // Five real attempts against the service, with the library's own backoff between them.
      expect(server.calls.slice(before).filter((c) => c.endsWith('GetCacheEntryDownloadURL'))).toHaveLength(5);
      expect(waited).toBeGreaterThanOrEqual(20_000);
    } finally {
      jest.useRealTimers();
      server.down = false;
    }
  });

  it('works without the cache service configured (self-hosted runners, local runs)', async () => {
    const url = process.env.ACTIONS_RESULTS_URL;
    delete process.env.ACTIONS_RESULTS_URL;
    try {
      const warnings: string[] = [];
      const store = new CacheStore({ dir, warn: (m) => warnings.push(m) });
      expect(await store.load({ suite: 'causal gym', branch: 'main', limit: 5 })).toEqual([]);
      // Nothing was saved, and the store says so: the action must not log "Recorded".
      expect(await store.append(record(9))).toBe(false);
      expect(warnings).toEqual([expect.stringMatching(/cache service is not available/)]);
    } finally {
      process.env.ACTIONS_RESULTS_URL = url;
    }
  });
});
