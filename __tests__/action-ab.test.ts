/**
 * Same-job A/B end to end, as the runner does it: a git repository with the suite at two commits, a
 * pull_request payload, `mode: ab`, the bundled dist/index.js. The suite reports times with random
 * per-sample jitter (±2 %), so the paired statistics have real scatter to work through; its speed is
 * set per commit by factors.json. Detection on real timings is measured by `npm run bench:ab`.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeClockEnv } from '../test-support/clock-env.js';
import { DIST_NODE, ROOT } from './helpers.js';

const SUITE = `
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
const factors = JSON.parse(readFileSync('factors.json', 'utf8'));
const names = ['dag_build', 'intervene', 'propagate', 'topo_sort', 'score'];
const bench = (name, i) => {
  const base = (i + 1) * 1e-3 * (factors[name] ?? factors['*'] ?? 1);
  const samples = Array.from({ length: 5 }, () => base * (1 + 0.04 * (Math.random() - 0.5)));
  return { name, metrics: { time: { value: samples.reduce((a, b) => a + b) / 5, unit: 's', direction: 'smaller', samples } } };
};
writeFileSync('results.json', JSON.stringify({ benchmarks: [...names.map(bench),
  { name: 'agent_accuracy', metrics: { accuracy: { value: 0.97, unit: 'ratio', direction: 'bigger' } } }] }));
appendFileSync('runs.log', 'x');
console.log('suite ran in', process.cwd());
`;

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-C', cwd, ...args], { encoding: 'utf8' }).trim();

/** A repository whose first commit is the base and whose HEAD applies `headFactors`. */
function repository(headFactors: Record<string, number>): { dir: string; base: string; head: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cp-ab-'));
  git(dir, 'init', '-q', '-b', 'main');
  writeFileSync(join(dir, 'bench.mjs'), SUITE);
  writeFileSync(join(dir, 'factors.json'), '{}');
  writeFileSync(join(dir, '.gitignore'), 'results.json\nruns.log\nsetup.done\n');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  writeFileSync(join(dir, 'factors.json'), JSON.stringify(headFactors));
  git(dir, 'commit', '-q', '--allow-empty', '-am', 'head');
  git(dir, 'remote', 'add', 'origin', dir);
  return { dir, base, head: git(dir, 'rev-parse', 'HEAD') };
}

function runAb(repo: { dir: string; base: string; head: string }, inputs: Record<string, string> = {}) {
  const temp = mkdtempSync(join(tmpdir(), 'cp-ab-runner-'));
  const output = join(temp, 'output');
  const summary = join(temp, 'summary.md');
  const event = join(temp, 'event.json');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  writeFileSync(
    event,
    JSON.stringify({
      pull_request: {
        number: 3,
        head: { sha: repo.head, ref: 'feature' },
        base: { sha: repo.base, ref: 'main' },
        title: 'change',
      },
      repository: { default_branch: 'main', full_name: 'o/r' },
    }),
  );
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: temp,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_WORKSPACE: repo.dir,
    RUNNER_TEMP: temp,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_RUN_ID: '77',
    ...fakeClockEnv(),
  };
  const all = {
    mode: 'ab',
    run: 'node bench.mjs',
    'output-file-path': 'results.json',
    storage: 'none',
    comment: 'never',
    ...inputs,
  };
  for (const [k, v] of Object.entries(all)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(DIST_NODE, [join(ROOT, 'dist', 'index.js')], { cwd: repo.dir, env, encoding: 'utf8' });
  const outputs: Record<string, string> = {};
  for (const m of readFileSync(output, 'utf8').matchAll(/^(\S+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
  const report = outputs['report-json'] ? JSON.parse(readFileSync(outputs['report-json'], 'utf8')) : undefined;
  return { status: r.status, stdout: r.stdout, outputs, summary: readFileSync(summary, 'utf8'), report, temp };
}

const timeRows = (report: { results: { metric: string; status: string; benchmark: string }[] }) =>
  report.results.filter((r) => r.metric === 'time');

describe('mode: ab (dist/index.js)', () => {
  it('catches the one benchmark the change made 25 % slower, and nothing else', () => {
    const repo = repository({ intervene: 1.25 });
    const r = runAb(repo, { 'ab-setup': 'echo set up > setup.done' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error title=causal-perf%3A regression::intervene time: \+2\d(\.\d)? %25 slower/);
    expect(
      timeRows(r.report)
        .filter((x) => x.status === 'regression')
        .map((x) => x.benchmark),
    ).toEqual(['intervene']);
    const note = `rounds, base ${repo.base.slice(0, 7)} vs head ${repo.head.slice(0, 7)}`;
    expect(r.report.notes[0]).toMatch(new RegExp(`^A/B on one runner: \\d+ ${note}`));
    expect(r.summary).toContain(note);
    // Setup ran once in each tree, grouped; the base ran in a worktree that is gone afterwards.
    expect(r.stdout).toContain('::group::ab-setup: setup in the base tree');
    expect(r.stdout).toContain('::group::ab-setup: setup in the head tree');
    expect(existsSync(join(repo.dir, 'setup.done'))).toBe(true);
    const rounds = readFileSync(join(repo.dir, 'runs.log'), 'utf8').length;
    expect(rounds).toBeGreaterThanOrEqual(3);
    expect(r.stdout.match(/^== base /gm)?.length).toBe(rounds);
    expect(git(repo.dir, 'worktree', 'list').split('\n')).toHaveLength(1);
    expect(git(repo.dir, 'status', '--porcelain')).toBe('');
  });

  it('catches a change that slows every benchmark by 20 % (no runner correction is needed)', () => {
    const r = runAb(repository({ '*': 1.2 }));
    expect(r.status).toBe(1);
    expect(timeRows(r.report).map((x) => x.status)).toEqual(Array(5).fill('regression'));
    expect(r.report.verdict).toBe('fail');
  });

  it('passes unchanged code and stops as soon as every row is decided', () => {
    const repo = repository({});
    const r = runAb(repo);
    expect(r.status).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    expect(timeRows(r.report).every((x) => x.status === 'unchanged')).toBe(true);
    expect(r.report.notes[0]).toMatch(/stopped because every row was decided/);
    expect(readFileSync(join(repo.dir, 'runs.log'), 'utf8').length).toBeLessThan(10);
  });

  it('a base commit that cannot be fetched is a clear error, and no worktree is left', () => {
    const repo = repository({});
    const r = runAb(repo, { 'ab-base': 'f'.repeat(40) });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      /::error::ab-base: the base commit f{40} is not in the checkout and could not be fetched from origin/,
    );
    expect(git(repo.dir, 'worktree', 'list').split('\n')).toHaveLength(1);
  });

  it('confirm-ab (on by default) in history mode: a row one run against the baseline cannot confirm is paired with the base commit', () => {
    const repo = repository({ intervene: 1.25 });
    // The baseline: one run of the base commit, kept as a result file.
    git(repo.dir, 'checkout', '-q', repo.base);
    execFileSync(DIST_NODE, ['bench.mjs'], { cwd: repo.dir });
    writeFileSync(join(repo.dir, 'base.json'), readFileSync(join(repo.dir, 'results.json')));
    git(repo.dir, 'checkout', '-q', repo.head);
    // Off, the row stays as one run against one baseline run left it: not paired.
    const off = runAb(repo, { mode: 'history', baseline: 'base.json', 'confirm-runs': '0', 'confirm-ab': 'false' });
    expect(off.report.paired).toBeUndefined();
    expect(off.report.results.find((x: { benchmark: string }) => x.benchmark === 'intervene').reason).not.toMatch(/paired/);
    const r = runAb(repo, { mode: 'history', baseline: 'base.json', 'confirm-runs': '0' });
    expect(r.status).toBe(1);
    expect(r.report.paired.base).toBe(repo.base);
    expect(r.report.paired.rounds).toBeGreaterThanOrEqual(3);
    expect(r.report.notes[0]).toMatch(
      new RegExp(`^Paired base/head rounds: \\d+ rounds of the base commit ${repo.base.slice(0, 7)}`),
    );
    const intervene = r.report.results.find((x: { benchmark: string }) => x.benchmark === 'intervene');
    expect(intervene).toMatchObject({ status: 'regression', fails: true });
    expect(intervene.reason).toMatch(/than the base commit, paired over \d+ rounds.*against the history alone/);
    expect(git(repo.dir, 'worktree', 'list').split('\n')).toHaveLength(1);
  });

  it('compare-refs: this commit against two versions, one table in the job summary, failed against the faster one', () => {
    // v1: the base; v2: a side commit with intervene 2× slower; HEAD: intervene 1.25×.
    const repo = repository({ intervene: 1.25 });
    git(repo.dir, 'tag', 'v1', repo.base);
    git(repo.dir, 'checkout', '-q', '-b', 'side', repo.base);
    writeFileSync(join(repo.dir, 'factors.json'), JSON.stringify({ intervene: 2 }));
    git(repo.dir, 'commit', '-q', '-am', 'slower');
    git(repo.dir, 'tag', 'v2');
    git(repo.dir, 'checkout', '-q', 'main');
    const r = runAb(repo, { mode: 'history', 'compare-refs': 'v1 v2' });
    expect(r.status).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    const report = JSON.parse(readFileSync(r.outputs['report-json']!, 'utf8'));
    expect(report.comparisons.map((c: { baseline_ref: string; verdict: string }) => [c.baseline_ref, c.verdict])).toEqual([
      ['v1', 'fail'],
      ['v2', 'pass'],
    ]);
    const status = (i: number) =>
      report.comparisons[i].results.find(
        (x: { benchmark: string; metric: string }) => x.benchmark === 'intervene' && x.metric === 'time',
      ).status;
    expect([status(0), status(1)]).toEqual(['regression', 'improvement']);
    expect(r.summary).toMatch(/\| benchmark \| metric \| `[0-9a-f]{7}` \(current\) \| vs `v1` \| vs `v2` \|/);
    expect(r.summary).toMatch(
      /\| `intervene` \| time \| .* \| \+2\d(\.\d)? % regression \(FAIL\) \| −3\d(\.\d)? % improvement \|/,
    );
    expect(r.stdout).toMatch(/::error::a benchmark rule broke against v1 or v2/);
    expect(git(repo.dir, 'worktree', 'list').split('\n')).toHaveLength(1);
  });
});
