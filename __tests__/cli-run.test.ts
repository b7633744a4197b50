/** `causal-perf run` through the bundled CLI, on temporary directories and git repositories. */
import { describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST_NODE, ROOT } from './helpers.js';
import { bisectRepository, git as bisectGit } from '../test-support/bisect-repo.js';

/** A suite with no timing noise: it writes the normalized JSON from factor.txt (1 = normal speed). */
const SUITE = `
import { readFileSync, writeFileSync } from 'node:fs';
const factor = Number(readFileSync('factor.txt', 'utf8'));
const bench = (name, base, f = 1) => ({ name, metrics: { time: { value: base * f, unit: 's', direction: 'smaller',
  samples: [0.98, 0.99, 1, 1.01, 1.02].map((k) => base * f * k) } } });
writeFileSync('results.json', JSON.stringify({ benchmarks: [
  bench('dag_build', 1e-3), bench('intervene', 2e-3, factor), bench('propagate', 5e-4), bench('topo', 8e-4),
  { name: 'accuracy', metrics: { accuracy: { value: 0.97, unit: 'ratio', direction: 'bigger' } } } ] }));
console.log('suite ran with factor', factor);
`;

function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(DIST_NODE, [join(ROOT, 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-C', cwd, ...args], { encoding: 'utf8' });

function project(factor: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'cp-run-'));
  writeFileSync(join(dir, 'suite.mjs'), SUITE);
  writeFileSync(join(dir, 'factor.txt'), String(factor));
  return dir;
}

describe('causal-perf run', () => {
  it('runs the suite, compares with local history, records each run and writes the trend page', () => {
    const dir = project(1);
    const args = [
      'run',
      '--suite',
      'node suite.mjs',
      '--output',
      'results.json',
      '--history-dir',
      'hist',
      '--name',
      'gym',
      '--branch',
      'main',
    ];
    const first = cli(dir, ...args);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^verdict: PASS \(0 prior runs\)/);
    expect(first.stderr).toContain('suite ran with factor 1');
    for (let i = 0; i < 3; i++) expect(cli(dir, ...args).code).toBe(0);
    writeFileSync(join(dir, 'factor.txt'), '1.4');
    const slow = cli(dir, ...args, '--markdown', 'comment.md');
    expect(slow.code).toBe(1);
    expect(slow.stdout).toMatch(/^verdict: FAIL \(4 prior runs\)/);
    expect(slow.stdout).toMatch(/regression \(FAIL\)\s+intervene\s+time/);
    expect(slow.stdout.match(/\(FAIL\)/g)).toHaveLength(1);
    expect(readFileSync(join(dir, 'comment.md'), 'utf8')).toMatch(/🔴 regression \| `intervene`/);
    const index = JSON.parse(readFileSync(join(dir, 'hist', 'data', 'gym', 'index.json'), 'utf8'));
    expect(index.months.reduce((s: number, m: { runs: number }) => s + m.runs, 0)).toBe(5);
    expect(index.latest.main.verdict).toBe('fail');
    expect(existsSync(join(dir, 'hist', 'index.html'))).toBe(true);
    expect(existsSync(join(dir, 'hist', 'assets', 'app.js'))).toBe(true);
  });

  it('takes a Perf-Accepted trailer from the commit it runs on, and gives no hint for a history outside the repository', () => {
    const dir = project(1);
    const hist = mkdtempSync(join(tmpdir(), 'cp-hist-'));
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', 'suite.mjs', 'factor.txt');
    git(dir, 'commit', '-q', '-m', 'suite');
    const args = ['run', '--suite', 'node suite.mjs', '--output', 'results.json', '--history-dir', hist, '--name', 'gym'];
    for (let i = 0; i < 4; i++) {
      const r = cli(dir, ...args);
      expect(r.code).toBe(0);
      expect(r.stderr).not.toMatch(/Hint:/);
    }
    writeFileSync(join(dir, 'factor.txt'), '2');
    // Without the trailer the slowdown fails (judged, not recorded).
    expect(cli(dir, ...args, '--no-record').code).toBe(1);
    git(dir, 'commit', '-q', '-am', 'Exact intervene\n\nTwice the work, on purpose.\n\nPerf-Accepted: intervene');
    const accepted = cli(dir, ...args);
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toMatch(/^verdict: PASS/);
    expect(accepted.stdout).toMatch(/^note: Accepted changes: intervene \(time\)\./m);
    // The run is stored with the commit's subject, not its whole message.
    // Run files of every month folder (the runs may straddle a month's turn), oldest first.
    const runs = join(hist, 'data', 'gym', 'runs');
    const stored = readdirSync(runs)
      .filter((f) => !f.endsWith('.json'))
      .flatMap((month) => readdirSync(join(runs, month)).map((f) => JSON.parse(readFileSync(join(runs, month, f), 'utf8'))))
      .sort((a, b) => Date.parse(a.recordedAt) - Date.parse(b.recordedAt));
    expect(stored).toHaveLength(5);
    expect(stored.at(-1).commit.message).toBe('Exact intervene');
    expect(stored.at(-1).commit.sha).toBe(git(dir, 'rev-parse', 'HEAD').trim());
  });

  it('judges a new feature branch against the default branch it started from, and --no-record leaves the history as it was (#28 item 9)', () => {
    const dir = project(1);
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', 'suite.mjs');
    git(dir, 'commit', '-q', '-m', 'suite');
    const args = ['run', '--suite', 'node suite.mjs', '--output', 'results.json', '--history-dir', 'hist', '--name', 'gym'];
    const first = cli(dir, ...args);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/Hint: hist is inside this repository and not ignored; add it to \.gitignore/);
    writeFileSync(join(dir, '.gitignore'), 'hist/\n');
    for (let i = 0; i < 3; i++) expect(cli(dir, ...args).stderr).not.toMatch(/Hint:/);
    git(dir, 'checkout', '-q', '-b', 'slow2x');
    writeFileSync(join(dir, 'factor.txt'), '2');
    const runsOnDisk = () =>
      JSON.parse(readFileSync(join(dir, 'hist', 'data', 'gym', 'index.json'), 'utf8')).months.reduce(
        (s: number, m: { runs: number }) => s + m.runs,
        0,
      );
    const check = cli(dir, ...args, '--no-record');
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/^verdict: FAIL \(4 prior runs\)/);
    expect(check.stdout).toMatch(/No runs of slow2x yet: the baseline starts from main's runs before it/);
    expect(check.stdout).toMatch(/regression \(FAIL\)\s+intervene\s+time/);
    expect(runsOnDisk()).toBe(4);
    // Recorded, the branch's own runs join main's until it has five of its own.
    expect(cli(dir, ...args).code).toBe(1);
    expect(runsOnDisk()).toBe(5);
    expect(cli(dir, ...args, '--no-record').stdout).toMatch(/Only 1 run of slow2x: the baseline starts from main's runs/);
  });

  it('exits 2 when the suite fails or writes nothing', () => {
    const dir = project(1);
    const failed = cli(dir, 'run', '--suite', 'node -e "process.exit(4)"', '--output', 'results.json', '--history-dir', 'h');
    expect(failed).toMatchObject({ code: 2 });
    expect(failed.stderr).toMatch(/causal-perf: --suite: the benchmark command exited with code 4: node -e "process.exit\(4\)"/);
    const none = cli(dir, 'run', '--suite', 'true', '--output', 'nothing-*.json', '--history-dir', 'h');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--output: the suite wrote no file matching "nothing-\*\.json"/);
    expect(existsSync(join(dir, 'h', 'data'))).toBe(false);
  });

  it('runs --setup once in each worktree before the A/B rounds (a worktree has no installed dependencies) (#28 item 10)', () => {
    const dir = project(1);
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'baseline');
    const ab = (...extra: string[]) =>
      cli(dir, 'run', '--baseline-ref', 'main', '--current-ref', 'HEAD', '--runs', '2', ...extra, '--output', 'results.json');
    // The suite needs what only the setup provides (as node_modules would be).
    const suite = ['--suite', 'test -f deps.txt && node suite.mjs'];
    const without = ab(...suite);
    expect(without.code).toBe(2);
    expect(without.stderr).toMatch(/--suite: the benchmark command exited with code 1/);
    const withSetup = ab(...suite, '--setup', 'echo installed > deps.txt');
    expect(withSetup.code).toBe(0);
    expect(withSetup.stdout).toMatch(/^verdict: PASS \(2 paired A\/B rounds on one runner\)/);
    expect(git(dir, 'worktree', 'list').trim().split('\n')).toHaveLength(1);
  });

  it('compares two refs of a repository in temporary worktrees', () => {
    const dir = project(1);
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'baseline');
    git(dir, 'checkout', '-qb', 'feature');
    writeFileSync(join(dir, 'factor.txt'), '1.5');
    git(dir, 'commit', '-qam', 'slower intervention');
    const r = cli(
      dir,
      'run',
      '--baseline-ref',
      'main',
      '--current-ref',
      'HEAD',
      '--runs',
      '2',
      '--suite',
      'node suite.mjs',
      '--output',
      'results.json',
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^verdict: FAIL \(2 paired A\/B rounds on one runner\)/);
    expect(r.stdout).toMatch(/regression \(FAIL\)\s+intervene\s+time\s+2\.00 ms\s+3\.00 ms\s+\+50 %/);
    expect(r.stderr.match(/^== (main|HEAD) /gm)).toHaveLength(4);
    // The worktrees are gone and the checkout is untouched.
    expect(git(dir, 'worktree', 'list').trim().split('\n')).toHaveLength(1);
    expect(git(dir, 'status', '--porcelain')).toBe('');
    expect(readFileSync(join(dir, 'factor.txt'), 'utf8')).toBe('1.5');
    const same = cli(
      dir,
      'run',
      '--baseline-ref',
      'HEAD',
      '--current-ref',
      'HEAD',
      '--runs',
      '2',
      '--suite',
      'node suite.mjs',
      '--output',
      'results.json',
    );
    expect(same.code).toBe(0);
    expect(cli(dir, 'run', '--baseline-ref', 'nope', '--suite', 'true', '--output', 'r.json').stderr).toMatch(
      /"nope" is not a commit/,
    );
  });
});

describe('causal-perf run --confirm-ab: rows the re-runs cannot decide, paired against the base commit', () => {
  // The bisection test repository: a good commit, then one that makes intervene 1.3× slower. Two runs
  // of the good commit are recorded; with so short a history one run cannot confirm anything alone.
  const seeded = () => {
    const { dir, shas } = bisectRepository(1, 1, 1.3);
    const history = mkdtempSync(join(tmpdir(), 'cp-pair-history-'));
    const base = ['run', '--suite', 'node suite.mjs', '--output', 'results.json', '--history-dir', history, '--branch', 'main'];
    bisectGit(dir, 'checkout', '-q', shas[0]!);
    for (let i = 0; i < 2; i++) expect(cli(dir, ...base, '--confirm-runs', '0').code).toBe(0);
    return { dir, shas, base };
  };
  const row = (stdout: string, name: string) =>
    (JSON.parse(stdout) as { results: { benchmark: string; status: string; reason: string; fails: boolean }[] }).results.find(
      (r) => r.benchmark === name,
    )!;

  it('confirms a real slowdown in paired rounds and leaves the repository as it was', () => {
    const { dir, shas, base } = seeded();
    bisectGit(dir, 'checkout', '-q', shas[1]!);
    const r = cli(dir, ...base, '--confirm-runs', '0', '--confirm-ab', shas[0]!, '--no-record', '--format', 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { paired: { rounds: number; benchmarks: string[]; base: string }; notes: string[] };
    expect(report.paired.base).toBe(shas[0]);
    expect(report.paired.benchmarks).toContain('intervene');
    expect(report.paired.rounds).toBeGreaterThanOrEqual(3);
    expect(row(r.stdout, 'intervene')).toMatchObject({ status: 'regression', fails: true });
    expect(row(r.stdout, 'intervene').reason).toMatch(
      /\+30 % slower .* than the base commit, paired over \d+ rounds.*Against the base commit/,
    );
    expect(row(r.stdout, 'dag_build').status).toBe('unchanged');
    expect(report.notes[0]).toMatch(/^Paired base\/head rounds: \d+ rounds of the base commit/);
    // The worktree is gone, HEAD and the working tree as they were.
    expect(bisectGit(dir, 'worktree', 'list').trim().split('\n')).toHaveLength(1);
    expect(bisectGit(dir, 'rev-parse', 'HEAD').trim()).toBe(shas[1]);
    expect(bisectGit(dir, 'status', '--porcelain', '--untracked-files=no').trim()).toBe('');
  });

  it('clears a one-run burst that the history alone would have failed: the paired rounds show the same code', () => {
    const { dir, shas, base } = seeded();
    // The head is the good code again, but the job's one run is hit by a burst (intervene 1.6×).
    const spike = join(dir, '.spike');
    writeFileSync(spike, '');
    const env = { ...process.env, CAUSAL_GYM_SPIKE_ONCE: spike };
    const alone = spawnSync(
      DIST_NODE,
      [join(ROOT, 'dist', 'cli.js'), ...base, '--confirm-runs', '0', '--no-record', '--format', 'json'],
      {
        cwd: dir,
        encoding: 'utf8',
        env,
      },
    );
    // Without pairing, the burst is past the limit on one run: a failure one run cannot confirm.
    expect(row(alone.stdout, 'intervene').status).toMatch(/regression|inconclusive/);
    writeFileSync(spike, '');
    const paired = spawnSync(
      DIST_NODE,
      [join(ROOT, 'dist', 'cli.js'), ...base, '--confirm-runs', '0', '--confirm-ab', shas[0]!, '--no-record', '--format', 'json'],
      { cwd: dir, encoding: 'utf8', env },
    );
    expect(paired.status).toBe(0);
    expect(row(paired.stdout, 'intervene')).toMatchObject({ status: 'unchanged', fails: false });
    expect(row(paired.stdout, 'intervene').reason).toMatch(
      /(Same as the base commit in all \d+ rounds|paired over \d+ rounds: within the \+10 % limit).*against the history alone: (regression|inconclusive), \+60 %/,
    );
  });

  it('exits 2 naming a base that is not a commit', () => {
    const { dir, base } = seeded();
    const r = cli(dir, ...base, '--confirm-ab', 'no-such-ref', '--no-record');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--confirm-ab: "no-such-ref" is not a commit of/);
  });
});

describe('causal-perf run with several --baseline-ref: a release against earlier versions (#30)', () => {
  it('reports the current ref unchanged against the first version and faster than the slower second, in one table', () => {
    // good (v1), then slower (v2: intervene 1.5×), then good again (HEAD).
    const { dir, shas } = bisectRepository(1, 1, 1.5);
    writeFileSync(join(dir, 'factor.txt'), '1');
    bisectGit(dir, 'commit', '-qam', 'good again');
    bisectGit(dir, 'tag', 'v1', shas[0]!);
    bisectGit(dir, 'tag', 'v2', shas[1]!);
    const args = ['run', '--baseline-ref', 'v1', '--baseline-ref', 'v2', '--current-ref', 'HEAD', '--suite', 'node suite.mjs'];
    const json = cli(dir, ...args, '--output', 'results.json', '--format', 'json');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as {
      verdict: string;
      comparisons: { baseline_ref: string; baseline_sha: string; results: { benchmark: string; status: string }[] }[];
    };
    expect(report.verdict).toBe('pass');
    expect(report.comparisons.map((c) => [c.baseline_ref, c.baseline_sha])).toEqual([
      ['v1', shas[0]],
      ['v2', shas[1]],
    ]);
    const status = (i: number, name: string) => report.comparisons[i]!.results.find((r) => r.benchmark === name)!.status;
    expect(status(0, 'intervene')).toBe('unchanged');
    expect(status(1, 'intervene')).toBe('improvement');
    expect(status(1, 'dag_build')).toBe('unchanged');
    const text = cli(dir, ...args, '--output', 'results.json', '--markdown', join(dir, 'versions.md'));
    expect(text.stdout).toMatch(/^verdict: PASS against v1, v2$/m);
    expect(text.stdout).toMatch(/^benchmark\s+metric\s+HEAD \(current\)\s+vs v1\s+vs v2$/m);
    expect(text.stdout).toMatch(/^intervene\s+time\s+\S+ ms\s+\+0\.0 % unchanged\s+−33 % improvement$/m);
    expect(readFileSync(join(dir, 'versions.md'), 'utf8')).toMatch(
      /^\| `intervene` \| time \| 2\.00 ms \| \+0\.0 % unchanged \| −33 % improvement \|$/m,
    );
    expect(bisectGit(dir, 'worktree', 'list').trim().split('\n')).toHaveLength(1);
  });
});

describe('causal-perf import', () => {
  it('keeps a github-action-benchmark history’s suites, units and directions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-import-'));
    const r = cli(dir, 'import', join(ROOT, '__tests__', 'fixtures', 'github-action-benchmark', 'data.js'), '--history-dir', 'h');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Imported 7 runs of 5 suites/);
    const suites = JSON.parse(readFileSync(join(dir, 'h', 'data', 'suites.json'), 'utf8')).suites.map(
      (s: { name: string }) => s.name,
    );
    expect(suites).toEqual([
      'Go Benchmark',
      'JS Benchmark',
      'Model quality',
      'Python Benchmark with pytest-benchmark',
      'Rust Benchmark',
    ]);
    const runOf = (suite: string) => {
      const idx = JSON.parse(readFileSync(join(dir, 'h', 'data', suite, 'index.json'), 'utf8'));
      return idx;
    };
    const rust = runOf('Rust_Benchmark');
    expect(rust.benchmarks.map((b: { name: string }) => b.name)).toEqual(['bench_build_dag_10', 'bench_intervene_100']);
    expect(rust.benchmarks[0].metrics.time).toMatchObject({ unit: 's', direction: 'smaller' });
    const go = runOf('Go_Benchmark');
    expect(Object.keys(go.benchmarks[0].metrics).sort()).toEqual(['allocs', 'memory_alloc', 'time']);
    const quality = runOf('Model_quality');
    expect(quality.benchmarks.find((b: { name: string }) => b.name === 'interventional accuracy').metrics.value.direction).toBe(
      'bigger',
    );
  });
});

describe('causal-perf import on a repository whose default branch is master (#28 item 5)', () => {
  it("records the runs on the repository's default branch and says which branch it used", () => {
    const origin = mkdtempSync(join(tmpdir(), 'cp-origin-'));
    git(origin, 'init', '-q', '-b', 'master');
    writeFileSync(join(origin, 'README'), 'x');
    git(origin, 'add', 'README');
    git(origin, 'commit', '-q', '-m', 'first');
    const work = join(mkdtempSync(join(tmpdir(), 'cp-clone-')), 'work');
    execFileSync('git', ['clone', '-q', origin, work]);
    git(work, 'checkout', '-q', '-b', 'feature');
    const data = join(ROOT, '__tests__', 'fixtures', 'github-action-benchmark', 'data.js');
    const r = cli(work, 'import', data, '--history-dir', 'h');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/as runs of branch master \(this repository's default branch\)/);
    const runsDir = join(work, 'h', 'data', 'Rust_Benchmark', 'runs');
    const month = readdirSync(runsDir)[0]!;
    const file = readdirSync(join(runsDir, month)).find((f) => f.endsWith('.json'))!;
    expect(JSON.parse(readFileSync(join(runsDir, month, file), 'utf8')).branch).toBe('master');
    // Outside a repository it says so, and --branch always wins.
    const bare = mkdtempSync(join(tmpdir(), 'cp-import-'));
    expect(cli(bare, 'import', data, '--history-dir', 'h').stdout).toMatch(/as runs of branch main \(no git repository here/);
    expect(cli(work, 'import', data, '--history-dir', 'h2', '--branch', 'trunk').stdout).toMatch(/branch trunk \(--branch\)/);
  });
});

describe('causal-perf history compare (#28 item 7)', () => {
  it('judges a stored run against the runs of its branch before it, as its push was judged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-hcompare-'));
    // A github-action-benchmark history whose eighth run is 2× slower on one benchmark.
    const entries = Array.from({ length: 8 }, (_, i) => ({
      commit: { id: `${i}`.padStart(40, 'c'), message: `commit ${i}` },
      date: Date.UTC(2026, 0, 1 + i),
      tool: 'go',
      benches: [
        { name: 'BenchmarkDag', value: (i === 7 ? 2000 : 1000) * (1 + 0.01 * Math.sin(i)), unit: 'ns/op' },
        { name: 'BenchmarkWalk', value: 500 * (1 + 0.01 * Math.cos(i)), unit: 'ns/op' },
      ],
    }));
    writeFileSync(join(dir, 'data.js'), `window.BENCHMARK_DATA = ${JSON.stringify({ entries: { go: entries } })}`);
    expect(cli(dir, 'import', 'data.js', '--history-dir', 'h', '--branch', 'main').code).toBe(0);
    const slow = cli(dir, 'history', 'compare', '--history-dir', 'h', '--run', '7'.padStart(40, 'c'), '--format', 'json');
    expect(slow.code).toBe(1);
    const report = JSON.parse(slow.stdout);
    expect(report.verdict).toBe('fail');
    expect(report.baseline_runs).toBe(7);
    expect(report.results.find((r: { benchmark: string }) => r.benchmark === 'BenchmarkDag')).toMatchObject({
      status: 'regression',
      fails: true,
    });
    // An earlier run passes against the runs before it; a run id works as well as a sha prefix.
    const earlier = cli(dir, 'history', 'compare', '--history-dir', 'h', '--run', 'import-5', '--format', 'text');
    expect(earlier.code).toBe(0);
    expect(earlier.stdout).toMatch(/judged against the 5 runs of its branch and testbed before it/);
    const none = cli(dir, 'history', 'compare', '--history-dir', 'h', '--run', 'nosuchrun');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--run nosuchrun: no stored run has that id or commit/);
  });
});

describe('causal-perf history check|repair', () => {
  it('finds unreadable derived files, repairs them from the run files, and keeps the damaged ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-check-'));
    cli(dir, 'import', join(ROOT, '__tests__', 'fixtures', 'github-action-benchmark', 'data.js'), '--history-dir', 'h');
    const clean = cli(dir, 'history', 'check', '--history-dir', 'h');
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/^5 suites, 7 runs$/m);
    expect(clean.stdout).toContain('History is consistent.');
    const index = join(dir, 'h', 'data', 'Rust_Benchmark', 'index.json');
    const before = JSON.parse(readFileSync(index, 'utf8'));
    writeFileSync(index, '{"version":1');
    writeFileSync(join(dir, 'h', 'data', 'suites.json'), '{"suites":[{"id":1}]}');
    const damaged = cli(dir, 'history', 'check', '--history-dir', 'h');
    expect(damaged.code).toBe(1);
    expect(damaged.stdout).toMatch(/unreadable: data\/Rust_Benchmark\/index\.json: /);
    expect(damaged.stdout).toMatch(/unreadable: data\/suites\.json: not a valid file of its kind/);
    const repaired = cli(dir, 'history', 'repair', '--history-dir', 'h');
    expect(repaired.code).toBe(0);
    expect(repaired.stdout).toMatch(
      /Repaired: rebuilt \d+ derived files from 7 run files; 2 damaged files kept under quarantine\//,
    );
    const after = cli(dir, 'history', 'check', '--history-dir', 'h');
    expect(after.code).toBe(0);
    expect(after.stdout).toContain('Rust Benchmark (data/Rust_Benchmark)');
    const rebuilt = JSON.parse(readFileSync(index, 'utf8'));
    expect(rebuilt.benchmarks.map((b: { name: string }) => b.name)).toEqual(
      before.benchmarks.map((b: { name: string }) => b.name),
    );
    expect(rebuilt.months).toEqual(before.months);
    expect(cli(dir, 'history', 'check').code).toBe(2);
    expect(cli(dir, 'history', 'check', '--history-dir', 'nowhere').stderr).toMatch(/expected a history directory/);
  });
  it('reports missing derived files as damage, and one repair makes check clean, listing what was lost (#26 items 9, 10)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-check-'));
    cli(dir, 'import', join(ROOT, '__tests__', 'fixtures', 'github-action-benchmark', 'data.js'), '--history-dir', 'h');
    const suite = join(dir, 'h', 'data', 'Rust_Benchmark');
    const index = JSON.parse(readFileSync(join(suite, 'index.json'), 'utf8'));
    const month = index.months[0].month as string;
    rmSync(join(suite, 'tail.json'));
    const chunk = index.benchmarks.find((b: { chunks?: [number, number] }) => b.chunks && b.chunks[1] > b.chunks[0]);
    if (chunk) rmSync(join(suite, 'series', chunk.key, `c${chunk.chunks[0]}.json`));
    const missing = cli(dir, 'history', 'check', '--history-dir', 'h');
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(
      /missing \(derived; repair rebuilds it from the run files\): data\/Rust_Benchmark\/tail\.json/,
    );
    expect(missing.stdout).not.toContain('History is consistent.');
    // A month's run files gone, its run log kept.
    rmSync(join(suite, 'runs', month), { recursive: true });
    const repaired = cli(dir, 'history', 'repair', '--history-dir', 'h');
    expect(repaired.code).toBe(0);
    expect(repaired.stdout).toMatch(/Lost: \d+ runs? whose run files are gone: data\/Rust_Benchmark\/runs\//);
    const after = cli(dir, 'history', 'check', '--history-dir', 'h');
    expect(after.stdout).toContain('History is consistent.');
    expect(after.code).toBe(0);
    // …and stays so.
    expect(cli(dir, 'history', 'repair', '--history-dir', 'h').stdout).not.toContain('Lost:');
  });
});
