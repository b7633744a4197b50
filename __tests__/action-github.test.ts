/**
 * The bundled action end to end, as the runner starts it (INPUT_*, GITHUB_EVENT_PATH, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY), against a local GitHub API (checked against GitHub's OpenAPI description) and
 * a real git host for the gh-pages history.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { GhPagesStore } from '../src/history/gh-pages.js';
import type { RunLogEntry } from '../src/history/layout.js';
import type { RunRecord } from '../src/history/types.js';
import type { Benchmark } from '../src/model.js';
import { initBareRepo, startGitServer, type GitServer } from '../test-support/git-server.js';
import { startGitHubServer, type GitHubServer } from '../test-support/github-server.js';
import { DIST_NODE, ROOT } from './helpers.js';
import { fakeClockEnv } from '../test-support/clock-env.js';
import { bisectRepository, git as gitIn } from '../test-support/bisect-repo.js';

const TOKEN = 'ghs_writeToken0123456789abcdef';
const READ_ONLY = 'ghs_readOnlyToken9876543210fedc';
const OWNER = 'octo';
const REPO = 'gym';
const BASE_SHA = 'b'.repeat(40);

let git: GitServer;
let api: GitHubServer;
let gitRoot: string;
let repoCounter = 0;

/** Deterministic noise so the history looks like a real shared runner's. */
const jitter = (i: number, k: number) => 1 + 0.01 * Math.sin(i * 7.3 + k * 3.1);
function suite(i: number, change: Partial<Record<string, number>> = {}): Benchmark[] {
  const time = (name: string, base: number, k: number): Benchmark => {
    const v = base * jitter(i, k) * (change[name] ?? 1);
    return {
      name,
      group: 'causal_inference',
      metrics: {
        time: { value: v, unit: 's', direction: 'smaller', samples: [0.99, 1.0, 1.01, 0.995, 1.005].map((f) => v * f) },
      },
    };
  };
  return [
    time('dag_build', 1e-3, 1),
    time('intervene', 2e-3, 2),
    time('propagate', 5e-4, 3),
    time('topo_sort', 8e-4, 4),
    time('agreement', 3e-3, 5),
    {
      name: 'agent_accuracy',
      group: 'quality',
      metrics: { accuracy: { value: change.agent_accuracy ?? 0.97, unit: 'ratio', direction: 'bigger' } },
    },
    {
      name: 'env_memory',
      group: 'memory',
      metrics: { memory_peak: { value: 1_000_000 * jitter(i, 6), unit: 'bytes', direction: 'smaller' } },
    },
  ];
}

async function newRepoWithHistory(runs: number): Promise<string> {
  const name = `${REPO}${repoCounter++}`;
  initBareRepo(join(gitRoot, OWNER, `${name}.git`));
  const store = new GhPagesStore({ url: `${git.url}/${OWNER}/${name}.git`, auth: { token: TOKEN } });
  for (let i = 0; i < runs; i++) {
    const run: RunRecord = {
      version: 1,
      suite: 'causal gym',
      commit: { sha: i === runs - 1 ? BASE_SHA : `${i}`.padStart(40, 'a'), message: `main commit ${i}` },
      branch: 'main',
      event: 'push',
      runId: String(i),
      recordedAt: new Date(Date.UTC(2026, 10, 1, i)).toISOString(),
      results: { benchmarks: suite(i) },
    };
    await store.append(run);
  }
  await store.close();
  return name;
}

/** The run log entry the action recorded last (the newest `recordedAt` over every month), and its month. */
async function newestRun(repo: string): Promise<{ month: string; entry: RunLogEntry }> {
  const index = JSON.parse(await branchFile(repo, 'perf/data/causal_gym/index.json')) as { months: { month: string }[] };
  const found: { month: string; entry: RunLogEntry }[] = [];
  for (const { month } of index.months) {
    const log = JSON.parse(await branchFile(repo, `perf/data/causal_gym/runs/${month}.json`)) as { runs: RunLogEntry[] };
    for (const entry of log.runs) found.push({ month, entry });
  }
  found.sort((a, b) => a.entry.recordedAt.localeCompare(b.entry.recordedAt));
  return found.at(-1) as { month: string; entry: RunLogEntry };
}

async function commitCount(repo: string): Promise<number> {
  const { stdout } = await promisify(execFile)('git', [
    '--git-dir',
    join(gitRoot, OWNER, `${repo}.git`),
    'rev-list',
    '--count',
    'gh-pages',
  ]);
  return Number(stdout.trim());
}
async function branchFile(repo: string, path: string): Promise<string> {
  const { stdout } = await promisify(execFile)(
    'git',
    ['--git-dir', join(gitRoot, OWNER, `${repo}.git`), 'show', `gh-pages:${path}`],
    { maxBuffer: 1 << 26 },
  );
  return stdout;
}

interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** The token may appear only in the runner's `::add-mask::` command, which tells the runner to hide it. */
const leaks = (r: ActionRun, token: string) =>
  (r.stdout + r.stderr).split('\n').filter((l) => l.includes(token) && l !== `::add-mask::${token}`);

/** Spawns dist/index.js as the runner does (async: the servers live in this process). */
async function runAction(opts: {
  repo: string;
  event: string;
  payload?: object;
  inputs: Record<string, string>;
  env?: Record<string, string>;
  head?: Benchmark[];
}): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'cp-e2e-'));
  const output = join(dir, 'output');
  const summary = join(dir, 'summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  if (opts.head) writeFileSync(join(dir, 'results.json'), JSON.stringify({ benchmarks: opts.head }));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    GITHUB_API_URL: api.url,
    GITHUB_SERVER_URL: git.url,
    GITHUB_REPOSITORY: `${OWNER}/${opts.repo}`,
    GITHUB_EVENT_NAME: opts.event,
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: 'c'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    ...fakeClockEnv(),
    ...opts.env,
  };
  if (opts.payload) {
    const path = join(dir, 'event.json');
    writeFileSync(path, JSON.stringify(opts.payload));
    env.GITHUB_EVENT_PATH = path;
  }
  for (const [k, v] of Object.entries({
    'output-file-path': 'results.json',
    name: 'causal gym',
    'github-token': TOKEN,
    ...opts.inputs,
  }))
    env[`INPUT_${k.toUpperCase()}`] = v;
  const child = spawn(DIST_NODE, [join(ROOT, 'dist', 'index.js')], { cwd: dir, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const outputs: Record<string, string> = {};
  for (const m of readFileSync(output, 'utf8').matchAll(/^(\S+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
  return { status, stdout, stderr, outputs, summary: readFileSync(summary, 'utf8') };
}

const prPayload = (repo: string, number: number, fork = false) => ({
  action: 'synchronize',
  number,
  repository: { full_name: `${OWNER}/${repo}`, default_branch: 'main' },
  pull_request: {
    number,
    title: 'Faster interventions',
    user: { login: 'ada' },
    updated_at: '2026-11-27T10:00:00Z',
    head: { sha: 'd'.repeat(40), ref: 'feature', repo: { full_name: fork ? `someone/${repo}` : `${OWNER}/${repo}` } },
    base: { sha: BASE_SHA, ref: 'main', repo: { full_name: `${OWNER}/${repo}` } },
  },
});

/** One regression, one improvement and one accuracy-floor failure. */
const MIXED = suite(99, { dag_build: 1.3, intervene: 0.7, agent_accuracy: 0.93 });

beforeAll(async () => {
  gitRoot = mkdtempSync(join(tmpdir(), 'cp-e2e-git-'));
  mkdirSync(join(gitRoot, OWNER));
  git = await startGitServer(gitRoot, { token: TOKEN, readOnlyToken: READ_ONLY });
  api = await startGitHubServer({ owner: OWNER, repo: REPO, token: TOKEN, readOnlyToken: READ_ONLY });
});
afterAll(async () => {
  await git.close();
  await api.close();
});

const comments = (n: number) => api.comments.get(n) ?? [];

/** A baseline file holding only a shard's benchmarks (a leg compares its own part of the suite). */
function shardsBaseline(all: string, head: Benchmark[]): string {
  const names = new Set(head.map((b) => b.name));
  const { benchmarks } = JSON.parse(readFileSync(all, 'utf8')) as { benchmarks: Benchmark[] };
  const path = `${all}.${[...names].sort().join('_').slice(0, 60)}.json`;
  writeFileSync(path, JSON.stringify({ benchmarks: benchmarks.filter((b) => names.has(b.name)) }));
  return path;
}
const MARKER = '<!-- causal-perf:causal%20gym -->';

describe('the action on a pull request', () => {
  it("never edits someone else's comment that carries the marker (#26 item 6)", async () => {
    const repo = await newRepoWithHistory(3);
    api.comments.set(31, []);
    const planted = `${MARKER}\nplease merge, the benchmarks are fine`;
    comments(31).push({ id: 9_000_001, body: planted, user: { login: 'mallory' }, created_at: '', updated_at: '' });
    const r = await runAction({ repo, event: 'pull_request', payload: prPayload(repo, 31), inputs: {}, head: suite(50) });
    expect(r.status).toBe(0);
    expect(comments(31).find((c) => c.id === 9_000_001)!.body).toBe(planted);
    const ours = comments(31).filter((c) => c.body.includes(MARKER) && c.user.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toMatch(/### causal-perf: causal gym/);
  });

  it('posts one sticky comment with the regression, improvement and floor failure, fails the check, and leaves history alone', async () => {
    const repo = await newRepoWithHistory(8);
    api.comments.set(7, []);
    // 130 comments by people first: the action must look past the first page.
    for (let i = 0; i < 130; i++)
      comments(7).push({ id: i + 1, body: `review note ${i}`, user: { login: 'reviewer' }, created_at: '', updated_at: '' });
    const before = await commitCount(repo);
    const r = await runAction({ repo, event: 'pull_request', payload: prPayload(repo, 7), inputs: {}, head: MIXED });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.outputs).toMatchObject({ verdict: 'fail', regressions: '2' });
    const mine = comments(7).filter((c) => c.body.includes(MARKER));
    expect(mine).toHaveLength(1);
    const body = mine[0]!.body;
    expect(body).toMatch(/### causal-perf: causal gym — ❌ \*\*2 rules broken\*\*/);
    expect(body).toMatch(/🔴 regression \| `dag_build`/);
    expect(body).toMatch(/🟢 improvement \| `intervene`/);
    expect(body).toMatch(/🔴 below floor \| `agent_accuracy`/);
    expect(body).toContain('against 8 prior runs');
    expect(r.outputs['comment-url']).toBe(`https://github.com/${OWNER}/${repo}/pull/7#issuecomment-${mine[0]!.id}`);
    expect(r.summary).toContain('`dag_build`');
    expect(r.stdout).toMatch(/::error title=causal-perf%3A regression::dag_build time/);
    expect(r.stdout).toMatch(/::error title=causal-perf%3A below-floor::agent_accuracy accuracy/);
    expect(await commitCount(repo)).toBe(before);
    // Kept for the closing note / review: the rendered comment of this PR.
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    writeFileSync(join(ROOT, '.tmp', 'pr-comment.md'), body);

    // A second push to the PR updates the same comment in place.
    const again = await runAction({ repo, event: 'pull_request', payload: prPayload(repo, 7), inputs: {}, head: suite(100) });
    expect(again.status).toBe(0);
    expect(comments(7).filter((c) => c.body.includes(MARKER))).toHaveLength(1);
    expect(comments(7)).toHaveLength(131);
    expect(comments(7).at(-1)!.body).toMatch(/✅ \*\*No regression\*\*/);
    expect(api.requests.some((q) => q.operationId === 'issues/update-comment')).toBe(true);
    // Both pages were read (Link header followed).
    expect(
      api.requests.filter((q) => q.operationId === 'issues/list-comments' && q.path.includes('page=2')).length,
    ).toBeGreaterThan(0);
  });

  it('merges three matrix legs (two testbeds, one suite sharded) into one verdict and one comment', async () => {
    const repo = await newRepoWithHistory(0);
    api.comments.set(21, []);
    const base = mkdtempSync(join(tmpdir(), 'cp-legs-'));
    const baseline = join(base, 'baseline.json');
    writeFileSync(baseline, JSON.stringify({ benchmarks: suite(1) }));
    const pick = (names: string[], from: Benchmark[]) => from.filter((b) => names.includes(b.name));
    const shardA = ['dag_build', 'intervene', 'topo_sort', 'env_memory'];
    const shardB = ['propagate', 'agreement', 'agent_accuracy'];
    const legs = [
      { leg: 'linux-1', testbed: '', head: pick(shardA, suite(2)) },
      // One leg fails a rule: its agent's accuracy is under the 0.95 floor.
      { leg: 'linux-2', testbed: '', head: pick(shardB, suite(2, { agent_accuracy: 0.93 })) },
      { leg: 'windows', testbed: '', head: suite(3), env: { RUNNER_OS: 'Windows' } },
    ];
    const artifacts = join(base, 'artifacts');
    for (const l of legs) {
      const r = await runAction({
        repo,
        event: 'pull_request',
        payload: prPayload(repo, 21),
        inputs: { baseline: shardsBaseline(baseline, l.head), comment: 'never', 'fail-on-regression': 'false' },
        head: l.head,
        env: l.env,
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      // upload-artifact / download-artifact: each leg's report lands in a folder of its own.
      mkdirSync(join(artifacts, l.leg), { recursive: true });
      writeFileSync(join(artifacts, l.leg, 'report.json'), readFileSync(r.outputs['report-json']!, 'utf8'));
    }
    expect(comments(21)).toHaveLength(0);
    const merged = await runAction({
      repo,
      event: 'pull_request',
      payload: prPayload(repo, 21),
      inputs: { 'output-file-path': '', 'merge-reports': `${artifacts}/*/report.json` },
    });
    expect(merged.stderr).toBe('');
    expect(merged.status).toBe(1);
    expect(merged.stdout).toMatch(
      /Merged 3 leg reports into 2 sections: causal gym on Linux-X64 \(fail\), causal gym on Windows-X64 \(pass\)/,
    );
    expect(merged.stdout).toMatch(/::error::1 benchmark rule broken: agent_accuracy \(accuracy\)/);
    expect(merged.outputs).toMatchObject({ verdict: 'fail', regressions: '1' });
    const mine = comments(21).filter((c) => c.body.includes(MARKER));
    expect(comments(21)).toHaveLength(1);
    const body = mine[0]!.body;
    expect(body).toMatch(/### causal-perf: causal gym — ❌ \*\*1 rule broken\*\*/);
    expect(body).toContain('3 matrix legs merged into 2 sections: causal gym on Linux-X64 ❌ · causal gym on Windows-X64 ✅.');
    expect(body).toMatch(/#### causal-perf: causal gym on Linux-X64 — ❌/);
    expect(body).toMatch(/#### causal-perf: causal gym on Windows-X64 — ✅/);
    // Every benchmark of every leg is in it: the Linux shards merged, Windows whole.
    const linux = body.slice(body.indexOf('on Linux-X64 — '), body.indexOf('on Windows-X64 — '));
    for (const name of [...shardA, ...shardB]) expect(linux).toContain(`\`${name}\``);
    expect(linux).toMatch(/🔴 below floor \| `agent_accuracy`/);
    expect(merged.summary).toContain('on Windows-X64');

    // The same shard twice is refused, naming both legs' files.
    mkdirSync(join(artifacts, 'linux-1-again'));
    writeFileSync(join(artifacts, 'linux-1-again', 'report.json'), readFileSync(join(artifacts, 'linux-1', 'report.json')));
    const twice = await runAction({
      repo,
      event: 'pull_request',
      payload: prPayload(repo, 21),
      inputs: { 'output-file-path': '', 'merge-reports': `${artifacts}/*/report.json` },
    });
    expect(twice.status).toBe(1);
    expect(twice.stdout).toMatch(
      /::error::.*linux-1\/report\.json: benchmark "(dag_build|intervene|topo_sort|env_memory)" \(\w+\) of suite "causal gym" on testbed "Linux-X64" is also in .*linux-1-again\/report\.json/,
    );
    expect(comments(21)).toHaveLength(1);
  });

  it('keeps the verdict and the summary when a fork PR’s read-only token cannot comment', async () => {
    const repo = await newRepoWithHistory(5);
    const r = await runAction({
      repo,
      event: 'pull_request',
      payload: prPayload(repo, 8, true),
      inputs: { 'github-token': READ_ONLY },
      head: suite(50),
    });
    expect(r.status).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    expect(r.outputs['comment-url']).toBe('');
    expect(r.stdout).toMatch(
      /::warning::could not post the pull request comment: the token cannot write to pull request #8 \(a pull request from a fork/,
    );
    expect(r.summary).toMatch(/No regression/);
    expect(comments(8)).toHaveLength(0);
    expect(leaks(r, READ_ONLY)).toEqual([]);
  });

  it('retries a 502 from the API and still posts one comment', async () => {
    const repo = await newRepoWithHistory(4);
    api.failNext = 1;
    const start = api.requests.length;
    const r = await runAction({ repo, event: 'pull_request', payload: prPayload(repo, 9), inputs: {}, head: suite(60) });
    expect(r.status).toBe(0);
    const mine = api.requests.slice(start);
    expect(mine[0]!.status).toBe(502);
    expect(mine.filter((q) => q.status === 201)).toHaveLength(1);
    expect(comments(9)).toHaveLength(1);
  });

  it('comments only on a regression with comment: on-regression', async () => {
    const repo = await newRepoWithHistory(4);
    const r = await runAction({
      repo,
      event: 'pull_request',
      payload: prPayload(repo, 10),
      inputs: { comment: 'on-regression' },
      head: suite(61),
    });
    expect(r.status).toBe(0);
    expect(comments(10)).toHaveLength(0);
  });
});

describe('the action on pushes and scheduled runs', () => {
  it('compares a push on main with main’s history, then records it and writes the trend page', async () => {
    const repo = await newRepoWithHistory(6);
    const payload = {
      ref: 'refs/heads/main',
      repository: { full_name: `${OWNER}/${repo}`, default_branch: 'main' },
      head_commit: {
        id: 'e'.repeat(40),
        message: 'Tune the propagator',
        timestamp: '2026-11-27T09:00:00Z',
        url: 'https://github.com/octo/gym/commit/eee',
        author: { name: 'Ada' },
      },
    };
    const started = Date.now();
    const r = await runAction({
      repo,
      event: 'push',
      payload,
      inputs: { run: 'echo "suite output line"; sleep 0.2' },
      head: suite(70),
    });
    const ended = Date.now();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('suite output line');
    expect(r.stdout).toContain('Recorded this run in the gh-pages branch');
    expect(await commitCount(repo)).toBe(7);
    const index = JSON.parse(await branchFile(repo, 'perf/data/causal_gym/index.json'));
    expect(index.branches.main).toBe(7);
    const { month, entry: last } = await newestRun(repo);
    // The run is filed under the month it was recorded in, whatever today's date is.
    expect(Date.parse(last.recordedAt)).toBeGreaterThanOrEqual(started - 1000);
    expect(Date.parse(last.recordedAt)).toBeLessThanOrEqual(ended + 1000);
    expect(month).toBe(last.recordedAt.slice(0, 7));
    expect(last).toMatchObject({
      sha: 'e'.repeat(40),
      message: 'Tune the propagator',
      author: 'Ada',
      verdict: 'pass',
      runId: '4242',
    });
    const record = JSON.parse(await branchFile(repo, `perf/data/causal_gym/runs/${month}/${last.id}.json`));
    expect(record.results.run.suiteSeconds).toBeGreaterThan(0.15);
    expect(record.environment).toMatchObject({ os: 'Linux', arch: 'X64' });
    expect(await branchFile(repo, 'perf/index.html')).toContain('Benchmark trends');
    expect((await branchFile(repo, 'perf/assets/app.js')).length).toBeGreaterThan(10_000);
    expect(leaks(r, TOKEN)).toEqual([]);
  });

  it('records every matrix leg on push: 3 legs × 3 pushes land, each with its testbed and its own baseline', async () => {
    const repo = await newRepoWithHistory(0);
    const oses = ['Linux', 'Windows', 'macOS'];
    for (let push = 0; push < 3; push++) {
      const sha = `${push}`.repeat(40);
      const payload = {
        ref: 'refs/heads/main',
        repository: { full_name: `${OWNER}/${repo}`, default_branch: 'main' },
        head_commit: { id: sha, message: `push ${push}`, timestamp: '2026-11-27T09:00:00Z' },
      };
      // The legs of one push run at once, as a matrix does.
      const runs = await Promise.all(
        oses.map((os) =>
          runAction({
            repo,
            event: 'push',
            payload,
            inputs: {},
            head: suite(push),
            env: { RUNNER_OS: os, GITHUB_SHA: sha, GITHUB_RUN_ID: String(5000 + push) },
          }),
        ),
      );
      for (const r of runs) {
        expect(r.stderr).toBe('');
        expect(r.stdout).toContain('Recorded this run in the gh-pages branch');
        // Each leg's baseline is its own testbed's earlier pushes only.
        expect(r.stdout).toContain(`Baseline: ${push} runs of main on `);
      }
    }
    const index = JSON.parse(await branchFile(repo, 'perf/data/causal_gym/index.json'));
    expect(index.testbeds).toEqual({ 'Linux-X64': 3, 'Windows-X64': 3, 'macOS-X64': 3 });
    const runs = [];
    for (const { month } of index.months as { month: string }[])
      runs.push(
        ...(JSON.parse(await branchFile(repo, `perf/data/causal_gym/runs/${month}.json`)) as { runs: RunLogEntry[] }).runs,
      );
    expect(runs).toHaveLength(9);
    expect(new Set(runs.map((r) => `${r.sha[0]}/${r.testbed}`)).size).toBe(9);
  }, 120_000);

  it('replaces its earlier record when the job is re-run (a new attempt of the same workflow run)', async () => {
    const repo = await newRepoWithHistory(3);
    const payload = { ref: 'refs/heads/main', repository: { full_name: `${OWNER}/${repo}`, default_branch: 'main' } };
    const attempt = (n: number, head: Benchmark[]) =>
      runAction({
        repo,
        event: 'push',
        payload,
        inputs: {},
        head,
        env: { GITHUB_RUN_ID: '9001', GITHUB_RUN_ATTEMPT: String(n), GITHUB_JOB: 'bench' },
      });
    expect((await attempt(1, suite(81))).status).toBe(0);
    const second = await attempt(2, suite(82));
    expect(second.status).toBe(0);
    const index = JSON.parse(await branchFile(repo, 'perf/data/causal_gym/index.json'));
    expect(index.branches.main).toBe(4);
    expect(index.months.reduce((s: number, m: { runs: number }) => s + m.runs, 0)).toBe(4);
    const { month, entry } = await newestRun(repo);
    const log = JSON.parse(await branchFile(repo, `perf/data/causal_gym/runs/${month}.json`));
    expect(log.runs.filter((r: RunLogEntry) => r.runId === '9001')).toHaveLength(1);
    const kept = JSON.parse(await branchFile(repo, `perf/data/causal_gym/runs/${month}/${entry.id}.json`));
    expect(kept.results.benchmarks[0].metrics.time.value).toBeCloseTo(suite(82)[0]!.metrics.time!.value, 12);
  });

  it('works on a schedule without a pull request or push payload', async () => {
    const repo = await newRepoWithHistory(3);
    const r = await runAction({ repo, event: 'schedule', payload: { schedule: '0 3 * * *' }, inputs: {}, head: suite(80) });
    expect(r.status).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    expect((await newestRun(repo)).entry).toMatchObject({ sha: 'c'.repeat(40), event: 'schedule', branch: 'main' });
  });

  it('fails the step with the suite command’s exit code', async () => {
    const repo = await newRepoWithHistory(1);
    const r = await runAction({ repo, event: 'push', inputs: { run: 'echo boom >&2; exit 3' }, head: suite(1) });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error::run: the benchmark command exited with code 3');
    expect(await commitCount(repo)).toBe(1);
  });

  it('comments on a pushed commit that breaks a rule, mentioning the named users, as the peer’s comment-on-alert does (#28 item 8)', async () => {
    const push = (repo: string, sha: string) => ({
      ref: 'refs/heads/main',
      repository: { full_name: `${OWNER}/${repo}`, default_branch: 'main' },
      head_commit: { id: sha, message: 'Rework the DAG builder', timestamp: '2026-11-27T09:00:00Z', author: { name: 'Ada' } },
    });
    const inputs = { 'commit-comment': 'on-regression', 'commit-comment-cc-users': 'grace, @ada-l' };
    const quiet = await newRepoWithHistory(4);
    const pass = await runAction({ repo: quiet, event: 'push', payload: push(quiet, '1'.repeat(40)), inputs, head: suite(71) });
    expect(pass.status).toBe(0);
    expect(api.commitComments.get('1'.repeat(40))).toBeUndefined();
    const repo = await newRepoWithHistory(4);
    const fail = await runAction({ repo, event: 'push', payload: push(repo, '2'.repeat(40)), inputs, head: MIXED });
    expect(fail.status).toBe(1);
    const posted = api.commitComments.get('2'.repeat(40)) ?? [];
    expect(posted).toHaveLength(1);
    expect(posted[0]!.body).toMatch(/dag_build/);
    expect(posted[0]!.body).toMatch(/\n\ncc @grace @ada-l$/);
    expect(fail.outputs['comment-url']).toMatch(/\/commit\/2{40}#commitcomment-\d+$/);
    // A login that cannot be one is bad input, named.
    const bad = await runAction({
      repo,
      event: 'push',
      payload: push(repo, '3'.repeat(40)),
      inputs: { ...inputs, 'commit-comment-cc-users': 'grace; rm -rf' },
      head: suite(72),
    });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('input commit-comment-cc-users: expected GitHub logins separated by commas, got "grace;"');
    expect(leaks(fail, TOKEN)).toEqual([]);
  });

  it('mode bisect on a push to main: names the culprit in the summary and outputs, and comments on it (#29)', async () => {
    const { dir, shas } = bisectRepository(6, 4, 2);
    const payload = {
      ref: 'refs/heads/main',
      before: shas[0],
      repository: { full_name: `${OWNER}/${REPO}`, default_branch: 'main' },
      head_commit: { id: shas[6], message: 'commit 6: harmless', timestamp: '2026-11-27T09:00:00Z', author: { name: 'Ada' } },
    };
    const inputs = { mode: 'bisect', run: 'node suite.mjs', storage: 'none' };
    const r = await runAction({
      repo: REPO,
      event: 'push',
      payload,
      inputs,
      env: { GITHUB_WORKSPACE: dir, GITHUB_SHA: shas[6]! },
    });
    expect(r.status).toBe(0);
    expect(r.outputs).toMatchObject({ 'bisect-verdict': 'found', 'bisect-culprit': shas[4] });
    expect(r.summary).toMatch(/^## causal gym: bisect$/m);
    expect(r.summary).toContain(`**Found:** [\`${shas[4]!.slice(0, 7)}\`]`);
    expect(r.summary).toMatch(/\| 1 \| \[`[0-9a-f]{7}`\]\([^)]+\) \| different \| 3 \| \+100 % \| commit 6: harmless \|/);
    const posted = api.commitComments.get(shas[4]!) ?? [];
    expect(posted).toHaveLength(1);
    expect(posted[0]!.body).toContain('commit 4: slower intervention');
    expect(gitIn(dir, 'worktree', 'list').trim().split('\n')).toHaveLength(1);
    // A shallow checkout has not the commits in between: said, not guessed.
    const shallow = mkdtempSync(join(tmpdir(), 'cp-shallow-'));
    gitIn(shallow, 'clone', '-q', '--depth=1', `file://${dir}`, 'ws');
    const s = await runAction({
      repo: REPO,
      event: 'push',
      payload,
      inputs,
      env: { GITHUB_WORKSPACE: join(shallow, 'ws'), GITHUB_SHA: shas[6]! },
    });
    expect(s.status).toBe(1);
    expect(s.stdout).toContain('mode bisect: the checkout is shallow');
  });

  it('makes only requests that GitHub’s OpenAPI description allows', () => {
    expect(api.requests.length).toBeGreaterThan(5);
    expect(api.requests.flatMap((q) => q.violations)).toEqual([]);
    expect(new Set(api.requests.map((q) => q.operationId))).toEqual(
      // users/get-authenticated: asked once when a comment with the marker is someone else's.
      new Set([
        'issues/list-comments',
        'issues/create-comment',
        'issues/update-comment',
        'users/get-authenticated',
        'repos/create-commit-comment',
      ]),
    );
  });
});
