import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GhPagesStore, branchFolder } from '../src/history/gh-pages.js';
import { paths, runIdOf } from '../src/history/layout.js';
import type { RunRecord } from '../src/history/types.js';
import { LocalDirectoryStore } from '../src/history/local.js';
import { chartPoints } from '../test-support/chart-points.js';
import { initBareRepo, startGitServer, type GitServer } from '../test-support/git-server.js';

const TOKEN = 'ghs_testtoken1234567890';
const READ_ONLY = 'ghs_readonly0987654321';

const record = (
  i: number,
  options: { branch?: string; month?: number; suite?: string; benchmarks?: number } = {},
): RunRecord => ({
  version: 1,
  suite: options.suite ?? 'causal gym',
  commit: {
    sha: `${i.toString(16)}`.padStart(40, 'a'),
    message: `commit ${i}\n\nbody`,
    author: 'Ada',
    url: `https://example.test/c/${i}`,
  },
  branch: options.branch ?? 'main',
  event: 'push',
  runId: String(1000 + i),
  recordedAt: new Date(Date.UTC(2026, options.month ?? 10, 1 + (i % 27), 0, i)).toISOString(),
  results: {
    benchmarks: Array.from({ length: options.benchmarks ?? 3 }, (_, b) => ({
      name: `bench_${b}`,
      group: 'g',
      metrics: { time: { value: 1 + i / 100, unit: 's', direction: 'smaller' as const, samples: [1, 1.1, 0.9, 1 + i / 100] } },
    })),
  },
});

/** Run i of a history recorded in the last minute, oldest first (run i at `of - i` seconds ago). */
const recentRecord = (i: number, of: number, options: { branch?: string; benchmarks: number }): RunRecord => ({
  ...record(i, options),
  recordedAt: new Date(Date.now() - (of - i) * 1000).toISOString(),
});

// Async: the git server runs in this process, so a synchronous child would deadlock it.
const git = async (cwd: string, ...args: string[]) =>
  (await promisify(execFile)('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } })).stdout;

let root: string;
let server: GitServer;
let counter = 0;
function newRemote(): string {
  const name = `repo${counter++}.git`;
  initBareRepo(join(root, name));
  return server.repoUrl(name);
}
/** Reads a file of the remote branch as a user's clone would see it (with the token in the URL). */
async function remoteFile(url: string, path: string): Promise<string | undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'cp-clone-'));
  const authed = url.replace('http://', `http://x-access-token:${TOKEN}@`);
  await git(dir, 'clone', '-q', '--branch', 'gh-pages', authed, 'c');
  const file = join(dir, 'c', path);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
const warnings: string[] = [];
const store = (url: string, extra: Partial<ConstructorParameters<typeof GhPagesStore>[0]> = {}) =>
  new GhPagesStore({ url, auth: { token: TOKEN }, warn: (m) => warnings.push(m), ...extra });

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'cp-git-root-'));
  server = await startGitServer(root, { token: TOKEN, readOnlyToken: READ_ONLY });
});
afterAll(async () => server.close());

describe('GhPagesStore over HTTP (git http-backend)', () => {
  it('creates the branch on first use, then appends and loads runs by branch, oldest first', async () => {
    const url = newRemote();
    const s = store(url);
    expect(await s.load({ suite: 'causal gym', limit: 5 })).toEqual([]);
    for (let i = 0; i < 5; i++) await s.append(record(i, { branch: i % 2 ? 'feature' : 'main' }));
    const runs = await s.load({ suite: 'causal gym', branch: 'main', limit: 2 });
    expect(runs.map((r) => r.runId)).toEqual(['1002', '1004']);
    // The store keeps the run as given (the pipeline compacts before it records; stores compute nothing).
    expect(runs[0]?.results).toEqual(record(2, { branch: 'main' }).results);
    expect(await s.load({ suite: 'causal gym', limit: 10 })).toHaveLength(5);
    // A fresh store (another job) sees the same history.
    expect((await store(url).load({ suite: 'causal gym', limit: 10 })).map((r) => r.runId)).toEqual([
      '1000',
      '1001',
      '1002',
      '1003',
      '1004',
    ]);
    // Users' clones see an orphan branch with .nojekyll and the documented layout; one commit per run.
    expect(await remoteFile(url, '.nojekyll')).toBe('');
    const index = JSON.parse((await remoteFile(url, `perf/${paths.index('causal gym')}`)) ?? '{}');
    expect(index.benchmarks.map((b: { name: string }) => b.name)).toEqual(['bench_0', 'bench_1', 'bench_2']);
    expect(index.branches).toEqual({ main: 3, feature: 2 });
    // The credentials are never written to the temporary repository's config.
    const configDir = (s as unknown as { git: { dir: string } }).git.dir;
    expect(readFileSync(join(configDir, 'config'), 'utf8')).not.toMatch(/extraheader|x-access-token|ghs_/i);
    await s.close();
  });

  it('fetches only what a baseline needs', async () => {
    const url = newRemote();
    const s = store(url);
    for (let i = 0; i < 12; i++) await s.append(record(i, { month: i % 4, benchmarks: 20 }));
    await s.close();
    const reader = store(url);
    await reader.load({ suite: 'causal gym', limit: 2 });
    const gitDir = (reader as unknown as { git: { dir: string } }).git.dir;
    const blobs = (await git(gitDir, 'cat-file', '--batch-all-objects', '--batch-check'))
      .split('\n')
      .filter((l) => / blob /.test(l));
    // suites.json (which folder is this suite's) + index + the 2 newest run logs (read together) + 2 run
    // files; no series files, no other runs.
    expect(blobs.length).toBe(6);
    await reader.close();
  });

  it('reads the branch once for a baseline and the append after it: one tip fetch, one fetch per round of files', async () => {
    const url = newRemote();
    const seed = store(url);
    for (let i = 0; i < 6; i++) await seed.append(record(i, { month: 0, benchmarks: 20 }));
    await seed.close();
    const before = server.requests.length;
    const s = store(url);
    expect((await s.load({ suite: 'causal gym', limit: 5 })).length).toBe(5);
    expect(await s.append(record(6, { month: 0, benchmarks: 20 }))).toBe(true);
    await s.close();
    const asked = server.requests.slice(before);
    const fetches = asked.filter((r) => r.method === 'GET' && r.path.includes('/info/refs?service=git-upload-pack'));
    // The tip once (not again before the append, and no ls-remote), then suites.json with the index, the
    // run logs and the run files, all named from the tip's trees although their month is long past (when
    // the clock chose the months: two fetches more), and the append's log, tail and chunks: three
    // fetches, one push.
    expect(fetches.length).toBe(3);
    expect(asked.filter((r) => r.method === 'POST' && r.path.endsWith('/git-receive-pack')).length).toBe(1);
    const again = store(url);
    expect((await again.load({ suite: 'causal gym', limit: 10 })).length).toBe(7);
    await again.close();
  });

  it('a recording run of an active history fetches once after the tip: the logs, the runs and what the append needs, named from the tip’s trees', async () => {
    const url = newRemote();
    const seed = store(url);
    // Recorded in the last minute: the newest month the tip's trees hold.
    const recent = (i: number) => recentRecord(i, 10, { benchmarks: 20 });
    for (let i = 0; i < 6; i++) await seed.append(recent(i));
    await seed.close();
    const before = server.requests.length;
    const s = store(url);
    const runs = await s.load({ suite: 'causal gym', limit: 5, beforeAppend: true });
    expect(runs.map((r) => r.runId)).toEqual(['1001', '1002', '1003', '1004', '1005']);
    expect(await s.append(recent(6))).toBe(true);
    await s.close();
    const asked = server.requests.slice(before);
    // The tip, then one fetch of the files: the newest run files by name and the open chunks are read
    // with the suite list, the index and the run logs that name them.
    expect(asked.filter((r) => r.method === 'GET' && r.path.includes('/info/refs?service=git-upload-pack')).length).toBe(2);
    const again = store(url);
    expect((await again.load({ suite: 'causal gym', limit: 10 })).length).toBe(7);
    await again.close();
  });

  it('a suite past the guess of every open chunk still fetches once after the tip: its turn follows the run files in the tree', async () => {
    const url = newRemote();
    const seed = store(url);
    const recent = (i: number) => recentRecord(i, 30, { benchmarks: 80 });
    // More appends than turns: every benchmark has a chunk, and the next turn's are not the newest written.
    for (let i = 0; i < 19; i++) await seed.append(recent(i));
    await seed.close();
    const before = server.requests.length;
    const s = store(url);
    expect((await s.load({ suite: 'causal gym', limit: 5, beforeAppend: true })).map((r) => r.runId)).toEqual([
      '1014',
      '1015',
      '1016',
      '1017',
      '1018',
    ]);
    expect(await s.append(recent(19))).toBe(true);
    await s.close();
    const asked = server.requests.slice(before);
    // The tip, then one fetch: without the turn, this turn's open chunks came in a fetch of their own.
    expect(asked.filter((r) => r.method === 'GET' && r.path.includes('/info/refs?service=git-upload-pack')).length).toBe(2);
    const again = store(url);
    const runs = await again.load({ suite: 'causal gym', limit: 30 });
    expect(runs).toHaveLength(20);
    expect(runs.at(-1)?.results.benchmarks).toHaveLength(80);
    await again.close();
    const clone = mkdtempSync(join(tmpdir(), 'cp-clone-'));
    await git(clone, 'clone', '-q', '--branch', 'gh-pages', url.replace('http://', `http://x-access-token:${TOKEN}@`), 'c');
    const points = await chartPoints(new LocalDirectoryStore(join(clone, 'c', 'perf')).files(), 'causal gym');
    expect(points).toHaveLength(20);
  });

  it('reads the runs the logs name where the newest files by name are of another branch (a wrong guess costs a fetch, never a run)', async () => {
    const url = newRemote();
    const seed = store(url);
    const recent = (i: number, branch: string) => recentRecord(i, 20, { branch, benchmarks: 5 });
    for (let i = 0; i < 6; i++) await seed.append(recent(i, 'main'));
    for (let i = 6; i < 12; i++) await seed.append(recent(i, 'feature'));
    await seed.close();
    const before = server.requests.length;
    const s = store(url);
    const runs = await s.load({ suite: 'causal gym', limit: 5, branch: 'main', beforeAppend: true });
    expect(runs.map((r) => r.runId)).toEqual(['1001', '1002', '1003', '1004', '1005']);
    await s.close();
    const asked = server.requests.slice(before);
    // The tip, the guess (the feature branch's newest files, with the logs), then main's runs the logs name.
    expect(asked.filter((r) => r.method === 'GET' && r.path.includes('/info/refs?service=git-upload-pack')).length).toBe(3);
  });

  it('lands every run when 8 jobs append at once, with no duplicates and no force-push', async () => {
    const url = newRemote();
    await store(url).append(record(100));
    const jobs = Array.from({ length: 8 }, () => store(url, { pushTimeoutMs: 60_000 }));
    await Promise.all(jobs.map((s, i) => s.append(record(i, { benchmarks: 50 }))));
    const runs = await store(url).load({ suite: 'causal gym', limit: 100 });
    expect(runs).toHaveLength(9);
    expect(new Set(runs.map(runIdOf)).size).toBe(9);
    const dir = mkdtempSync(join(tmpdir(), 'cp-clone-'));
    await git(dir, 'clone', '-q', '--branch', 'gh-pages', url.replace('http://', `http://x-access-token:${TOKEN}@`), 'c');
    // 9 commits in one line of history: every push was a fast-forward.
    expect((await git(join(dir, 'c'), 'rev-list', '--count', 'HEAD')).trim()).toBe('9');
    const index = JSON.parse(readFileSync(join(dir, 'c', 'perf', paths.index('causal gym')), 'utf8'));
    expect(index.months).toEqual([{ month: '2026-11', runs: 9 }]);
    const clone = new LocalDirectoryStore(join(dir, 'c', 'perf'));
    expect(await chartPoints(clone.files(), 'causal gym')).toHaveLength(9);
  });

  it('reports a read-only token clearly, without the token, and leaves history as it was', async () => {
    const url = newRemote();
    await store(url).append(record(1));
    const readOnly = new GhPagesStore({ url, auth: { token: READ_ONLY } });
    expect(await readOnly.load({ suite: 'causal gym', limit: 5 })).toHaveLength(1);
    const error = await readOnly.append(record(2)).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/could not push history to gh-pages: .*403/);
    expect(error?.message).not.toContain(READ_ONLY);
    expect(JSON.stringify(error)).not.toContain(READ_ONLY);
    expect(await store(url).load({ suite: 'causal gym', limit: 5 })).toHaveLength(1);
  });

  it('retries a push the host answers with 502, within the push budget, and gives up clearly when it keeps failing', async () => {
    const url = newRemote();
    await store(url).append(record(1));
    warnings.length = 0;
    server.failNextPushes(2);
    expect(await store(url, { random: () => 0 }).append(record(2))).toBe(true);
    expect(warnings.filter((w) => /push \d to gh-pages failed .*502.*; retrying/.test(w))).toHaveLength(2);
    expect(await store(url).load({ suite: 'causal gym', limit: 5 })).toHaveLength(2);
    server.failNextPushes(1000);
    const error = await store(url, { pushTimeoutMs: 1500, random: () => 0 })
      .append(record(3))
      .then(
        () => undefined,
        (e: Error) => e,
      );
    server.failNextPushes(0);
    expect(error?.message).toMatch(
      /gave up adding the run to gh-pages after \d+ failed pushes: the host kept failing \(last: .*502/,
    );
    expect(await store(url).load({ suite: 'causal gym', limit: 5 })).toHaveLength(2);
  });

  it('skips a corrupt run file with a warning and keeps appending without rewriting it', async () => {
    const url = newRemote();
    const s = store(url);
    for (let i = 0; i < 3; i++) await s.append(record(i));
    const dir = mkdtempSync(join(tmpdir(), 'cp-clone-'));
    const authed = url.replace('http://', `http://x-access-token:${TOKEN}@`);
    await git(dir, 'clone', '-q', '--branch', 'gh-pages', authed, 'c');
    const broken = join('perf', paths.run('causal gym', '2026-11', runIdOf(record(1))));
    writeFileSync(join(dir, 'c', broken), '{"version": 1, "results": ');
    await git(join(dir, 'c'), '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qam', 'break one run');
    await git(join(dir, 'c'), 'push', '-q', 'origin', 'gh-pages');
    warnings.length = 0;
    const runs = await store(url).load({ suite: 'causal gym', limit: 5 });
    expect(runs.map((r) => r.runId)).toEqual(['1000', '1002']);
    expect(warnings.join('\n')).toContain(broken.slice('perf/'.length));
    await store(url).append(record(3));
    expect(await remoteFile(url, broken)).toBe('{"version": 1, "results": ');
    expect((await store(url).load({ suite: 'causal gym', limit: 5 })).map((r) => r.runId)).toEqual(['1000', '1002', '1003']);
  });

  it('rebuilds an index that a bad edit broke from the run files on the branch, and keeps the broken one in quarantine/', async () => {
    const url = newRemote();
    const s = store(url);
    for (let i = 0; i < 4; i++) await s.append(record(i, { month: 9 + (i % 2) }));
    const dir = mkdtempSync(join(tmpdir(), 'cp-clone-'));
    await git(dir, 'clone', '-q', '--branch', 'gh-pages', url.replace('http://', `http://x-access-token:${TOKEN}@`), 'c');
    const indexPath = join('perf', paths.index('causal gym'));
    writeFileSync(join(dir, 'c', indexPath), '{"version":1,"months":');
    await git(join(dir, 'c'), '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qam', 'a bad edit');
    await git(join(dir, 'c'), 'push', '-q', 'origin', 'gh-pages');
    warnings.length = 0;
    expect(await store(url).load({ suite: 'causal gym', limit: 10 })).toHaveLength(4);
    await store(url).append(record(4, { month: 10 }));
    expect(warnings.some((w) => /Rebuilt this suite's index, run logs and series from 4 run files/.test(w))).toBe(true);
    const index = JSON.parse((await remoteFile(url, indexPath)) ?? '{}');
    expect(index.branches).toEqual({ main: 5 });
    await git(join(dir, 'c'), 'pull', '-q');
    const kept = (await git(join(dir, 'c'), 'ls-files', 'perf/quarantine')).trim().split('\n');
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(dir, 'c', kept[0] as string), 'utf8')).toBe('{"version":1,"months":');
  });

  it('prunes whole old months past the retention limit', async () => {
    const url = newRemote();
    const s = store(url, { retention: { maxRuns: 4 } });
    for (let i = 0; i < 9; i++) await s.append(record(i, { month: Math.floor(i / 3) }));
    const runs = await s.load({ suite: 'causal gym', limit: 100 });
    // Months of 3 runs: the oldest month goes once the newer ones hold at least 4 runs.
    expect(runs.map((r) => r.runId)).toEqual(['1003', '1004', '1005', '1006', '1007', '1008']);
    expect(await remoteFile(url, `perf/${paths.runLog('causal gym', '2026-01')}`)).toBeUndefined();
    expect(await remoteFile(url, `perf/${paths.runLog('causal gym', '2026-02')}`)).toBeDefined();
  });
});

describe('GhPagesStore over file://', () => {
  it('works where transport does not matter', async () => {
    const bare = join(mkdtempSync(join(tmpdir(), 'cp-file-')), 'r.git');
    initBareRepo(bare);
    const s = new GhPagesStore({ url: `file://${bare}`, dir: 'dev/perf' });
    await s.append(record(1));
    await s.append(record(2, { suite: 'other suite' }));
    expect(await s.load({ suite: 'causal gym', limit: 5 })).toHaveLength(1);
    const suites = JSON.parse(await git(bare, 'show', 'gh-pages:dev/perf/data/suites.json'));
    expect(suites.suites.map((x: { name: string }) => x.name)).toEqual(['causal gym', 'other suite']);
  });
});

describe('the folder on the branch', () => {
  it('is normalized, and ".git", ".." and absolute paths are refused', () => {
    expect(branchFolder('./perf2/')).toBe('perf2');
    expect(branchFolder('dev//bench/.')).toBe('dev/bench');
    expect(() => branchFolder('.git')).toThrow('".git" is not allowed');
    expect(() => branchFolder('perf/../..')).toThrow('".." is not allowed');
    expect(() => branchFolder('/abs/perf')).toThrow('expected a folder relative to the branch root');
  });
  it('"./perf2" gives a branch that git can still clone', async () => {
    const bare = join(mkdtempSync(join(tmpdir(), 'cp-dot-')), 'r.git');
    initBareRepo(bare);
    await new GhPagesStore({ url: `file://${bare}`, dir: './perf2' }).append(record(1));
    const clone = join(mkdtempSync(join(tmpdir(), 'cp-clone-')), 'c');
    await git(tmpdir(), 'clone', '-q', '--branch', 'gh-pages', `file://${bare}`, clone);
    expect(readFileSync(join(clone, 'perf2', 'data', 'suites.json'), 'utf8')).toContain('causal gym');
  });
});
