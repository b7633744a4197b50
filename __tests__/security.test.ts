/** Round 3 of the attack on the action (#26): each test failed on the code before its fix. */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { abBaseCommit } from '../src/action/checkout.js';
import type { EventPlan } from '../src/action/event.js';
import { InputError } from '../src/errors.js';
import { checkRef } from '../src/io/git.js';

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cp-sec-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-q', '--allow-empty', '-m', 'one');
  git('-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-q', '--allow-empty', '-m', 'two');
  git('remote', 'add', 'origin', dir);
  return dir;
}

const plan = (sha: string): EventPlan => ({
  event: 'push',
  repo: { owner: 'o', repo: 'r' },
  sha,
  baselineShas: [],
  record: false,
  why: '',
  commit: { sha },
  serverUrl: 'https://github.com',
  defaultBranch: 'main',
});

describe('refs from inputs and events are never options (#26 item 4)', () => {
  it('refuses ab-base: --upload-pack=CMD, and git never runs CMD', async () => {
    const dir = repo();
    const marker = join(dir, 'pwned');
    const attack = `--upload-pack=touch ${marker}`;
    await expect(abBaseCommit(plan('HEAD'), dir, attack)).rejects.toThrow(InputError);
    await expect(abBaseCommit(plan('HEAD'), dir, attack)).rejects.toThrow(/ab-base: expected a branch, tag or commit/);
    expect(existsSync(marker)).toBe(false);
  });
  it('still resolves an ordinary ref', async () => {
    const dir = repo();
    const sha = execFileSync('git', ['rev-parse', 'HEAD^'], { cwd: dir, encoding: 'utf8' }).trim();
    expect(await abBaseCommit(plan('HEAD'), dir, 'HEAD^')).toBe(sha);
  });
  it('checkRef names the input and refuses newlines', () => {
    expect(() => checkRef('-x', '--baseline-ref')).toThrow(/--baseline-ref: expected a branch, tag or commit, got "-x"/);
    expect(() => checkRef('main\n::error::x', 'ab-base')).toThrow(InputError);
    expect(checkRef('v1.2.0', 'x')).toBe('v1.2.0');
  });
});

describe('suites of any size (#26 item 13)', () => {
  it('decides and renders 150,000 benchmarks without overflowing the stack', async () => {
    const { decide } = await import('../src/analysis/decide.js');
    const { DEFAULT_RULES } = await import('../src/config.js');
    const { renderMarkdown, renderText } = await import('../src/report/markdown.js');
    const run = (f: number) => ({
      benchmarks: Array.from({ length: 150_000 }, (_, i) => ({
        name: `b${i}`,
        metrics: {
          time: { value: (1 + (i % 7)) * 1e-6 * f, unit: 's', direction: 'smaller' as const, samples: [1e-6, 2e-6, 3e-6] },
        },
      })),
    });
    const d = decide(run(1), [run(1)], DEFAULT_RULES);
    expect(d.results).toHaveLength(150_000);
    expect(renderText(d).split('\n').length).toBeGreaterThan(150_000);
    expect(renderMarkdown(d, { maxLength: 65_000 }).length).toBeLessThanOrEqual(65_000);
  });
});

describe('small things (#26 item 17)', () => {
  it('a denormal baseline is compared directly, never "+Infinity %"', async () => {
    const { decide } = await import('../src/analysis/decide.js');
    const { DEFAULT_RULES } = await import('../src/config.js');
    const run = (v: number) => ({
      benchmarks: ['a', 'b', 'c'].map((name) => ({
        name,
        metrics: { time: { value: name === 'a' ? v : 1e-3, unit: 's', direction: 'smaller' as const } },
      })),
    });
    const d = decide(run(1e-3), [run(5e-324), run(5e-324)], DEFAULT_RULES);
    const row = d.results.find((r) => r.benchmark === 'a')!;
    expect(row.reason).not.toMatch(/Infinity/);
    expect(row.measured_ratio).toBeNull();
    expect(row.status).toBe('regression');
  });
});

describe('URL credentials are never printed (#26 item 2)', () => {
  it('splits user:password out of an endpoint URL into basic auth', async () => {
    const { splitCredentials } = await import('../src/io/endpoint.js');
    expect(splitCredentials('https://bob:s%40cret@push.example/metrics')).toEqual({
      url: 'https://push.example/metrics',
      basic: 'bob:s@cret',
    });
    expect(splitCredentials('http://127.0.0.1:9091')).toEqual({ url: 'http://127.0.0.1:9091' });
  });
  it('export to a dead port names the URL without its password, and why (#26 item 17)', async () => {
    const { main } = await import('../src/cli/main.js');
    const { fixturePath } = await import('./helpers.js');
    const { createServer } = await import('node:net');
    // A port that was just free: nothing listens there now.
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as { port: number }).port;
    await new Promise((r) => probe.close(r));
    let out = '';
    let err = '';
    const code = await main(
      [
        'export',
        '--remote-write-url',
        `http://user:hunter2@127.0.0.1:${port}/api/v1/write`,
        fixturePath('pytest/pytest-benchmark-5.2.3.json'),
      ],
      { stdout: (t) => (out += t), stderr: (t) => (err += t) },
    );
    expect(code).toBe(2);
    expect(err).toContain(`--remote-write-url: http://127.0.0.1:${port}/api/v1/write: `);
    expect(err).toMatch(/ECONNREFUSED/);
    expect(err + out).not.toMatch(/hunter2/);
  });
});

describe('leg reports are data from PR code (#26 items 5 and 14)', () => {
  async function legReport(mutate: (report: Record<string, unknown>) => void): Promise<string> {
    const { decide } = await import('../src/analysis/decide.js');
    const { DEFAULT_RULES } = await import('../src/config.js');
    const { readResultFiles } = await import('../src/io/result-files.js');
    const { fixturePath } = await import('./helpers.js');
    const { writeFileSync } = await import('node:fs');
    const base = await readResultFiles([fixturePath('pytest/pytest-benchmark-5.2.3.json')]);
    const head = await readResultFiles([fixturePath('pytest/pytest-benchmark-5.2.3-run2.json')]);
    const report = { ...decide(head, [base], DEFAULT_RULES), suite: 'suite', testbed: 'Linux-X64' } as Record<string, unknown>;
    mutate(report);
    const dir = mkdtempSync(join(tmpdir(), 'cp-leg-'));
    writeFileSync(join(dir, 'report.json'), JSON.stringify(report));
    return dir;
  }
  it('a suite name with a newline cannot start a workflow command in the merge log', async () => {
    const { runMerge } = await import('../src/pipeline/merge.js');
    const dir = await legReport((r) => (r.suite = 'x\n::error::pwned'));
    const lines: string[] = [];
    await runMerge(
      { name: 'm', patterns: ['report.json'], cwd: dir },
      { channels: [], log: { info: (m) => lines.push(m), warn: (m) => lines.push(m) } },
    );
    const merged = lines.find((l) => l.startsWith('Merged'))!;
    expect(merged).not.toMatch(/\n/);
    expect(merged).toContain('x\\n::error::pwned');
  });
  it('one report matched by two patterns is one leg, not "also in" itself (#26 item 17)', async () => {
    const { runMerge } = await import('../src/pipeline/merge.js');
    const dir = await legReport(() => {});
    const { legs } = await runMerge(
      { name: 'm', patterns: ['report.json', '*.json'], cwd: dir },
      { channels: [], log: { info() {}, warn() {} } },
    );
    expect(legs).toHaveLength(1);
  });
  it('names the file and field of a row whose reason is a number or whose status is "__proto__"', async () => {
    const { readLegReports } = await import('../src/pipeline/merge.js');
    const numeric = await legReport((r) => ((r.results as Record<string, unknown>[])[0]!.reason = 42));
    await expect(readLegReports([join(numeric, 'report.json')])).rejects.toThrow(
      /report\.json: results\[0\]\.reason: expected a string, got 42/,
    );
    const proto = await legReport((r) => ((r.results as Record<string, unknown>[])[1]!.status = '__proto__'));
    await expect(readLegReports([join(proto, 'report.json')])).rejects.toThrow(
      /results\[1\]\.status: expected one of regression/,
    );
    const group = await legReport((r) => ((r.results as Record<string, unknown>[])[0]!.group = 7));
    await expect(readLegReports([join(group, 'report.json')])).rejects.toThrow(/results\[0\]\.group: expected a string/);
  });
});

describe('a round counts only if it produced fresh results (#26 item 8)', () => {
  it('same-job A/B stops with a clear error when the suite stops writing its file', async () => {
    const { fixturePath } = await import('./helpers.js');
    const fixture = fixturePath('pytest/pytest-benchmark-5.2.3.json');
    // Writes its result once, then exits 0 without writing it again.
    const run = abPlanRun(`[ -f r.json ] || cp '${fixture}' r.json`, 5);
    await expect(run).rejects.toThrow(/run: the suite wrote no new file matching "r\.json" in this run/);
  });
});

describe('cancelling and capping (#26 item 12)', () => {
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const waitFor = async (check: () => boolean, ms: number) => {
    const end = Date.now() + ms;
    while (Date.now() < end && !check()) await new Promise((r) => setTimeout(r, 50));
    return check();
  };
  it("a suite's time limit stops everything it started, not just its shell", async () => {
    const { runSuite, SuiteTimeout } = await import('../src/pipeline/measure.js');
    const dir = mkdtempSync(join(tmpdir(), 'cp-cap-'));
    const started = Date.now();
    const run = runSuite(
      { command: 'sleep 30 & echo $! > child.pid; wait', cwd: dir, flag: 'run', timeoutMs: 800 },
      { info() {}, warn() {} },
      () => {},
    );
    await expect(run).rejects.toThrow(SuiteTimeout);
    expect(Date.now() - started).toBeLessThan(10_000);
    const { readFileSync } = await import('node:fs');
    const child = Number(readFileSync(join(dir, 'child.pid'), 'utf8'));
    expect(await waitFor(() => !alive(child), 3000)).toBe(true);
  });
  it('same-job A/B keeps to ab-max-minutes while a suite is running', async () => {
    const started = Date.now();
    const run = abPlanRun('sleep 20', 0.02);
    await expect(run).rejects.toThrow(/run: stopped the suite after \d+ s, at its time limit/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
  it('SIGTERM to a two-ref comparison removes its worktrees and stops the suite', async () => {
    const { ROOT, DIST_NODE } = await import('./helpers.js');
    const { spawn } = await import('node:child_process');
    const { readdirSync, existsSync, readFileSync, writeFileSync } = await import('node:fs');
    const repoDir = mkdtempSync(join(tmpdir(), 'cp-sig-'));
    const temp = mkdtempSync(join(tmpdir(), 'cp-sig-tmp-'));
    const g = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', '-C', repoDir, ...args], { encoding: 'utf8' });
    g('init', '-q', '-b', 'main');
    writeFileSync(join(repoDir, 'a.txt'), '1');
    g('add', '.');
    g('commit', '-qm', 'one');
    writeFileSync(join(repoDir, 'a.txt'), '2');
    g('commit', '-qam', 'two');
    const pidFile = join(temp, 'suite.pid');
    const child = spawn(
      DIST_NODE,
      [
        join(ROOT, 'dist', 'cli.js'),
        'run',
        '--baseline-ref',
        'main~1',
        '--current-ref',
        'main',
        '--runs',
        '2',
        '--suite',
        `sleep 60 & echo $! > ${pidFile}; wait`,
        '--output',
        'r.json',
      ],
      { cwd: repoDir, env: { ...process.env, TMPDIR: temp }, stdio: 'ignore' },
    );
    expect(await waitFor(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() !== '', 15_000)).toBe(true);
    const suitePid = Number(readFileSync(pidFile, 'utf8'));
    expect(readdirSync(temp).some((f) => f.startsWith('causal-perf-worktrees-'))).toBe(true);
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(await waitFor(() => !alive(suitePid), 3000)).toBe(true);
    expect(readdirSync(temp).filter((f) => f.startsWith('causal-perf-worktrees-'))).toEqual([]);
    expect(g('worktree', 'list').trim().split('\n')).toHaveLength(1);
  }, 30_000);
});

/** Same-job A/B of `command` in two empty trees, up to 5 rounds within `maxMinutes`. */
async function abPlanRun(command: string, maxMinutes: number) {
  const { measureAb } = await import('../src/pipeline/ab.js');
  const { DEFAULT_RULES } = await import('../src/config.js');
  const side = (label: string) => ({ label, sha: label.repeat(40).slice(0, 40), cwd: mkdtempSync(join(tmpdir(), 'cp-ab-')) });
  return measureAb(
    {
      base: side('a'),
      head: side('b'),
      command,
      flag: 'run',
      results: { patterns: ['r.json'] },
      minRounds: 3,
      maxRounds: 5,
      maxMinutes,
      rules: DEFAULT_RULES,
    },
    { info() {}, warn() {} },
    () => {},
  );
}
