/** `causal-perf bisect`: the search's logic with scripted probes, and the CLI on real git repositories. */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { probesNeeded, searchCulprit, type Commit, type Probe, type ProbeResult } from '../src/pipeline/bisect.js';
import { DIST_NODE, ROOT } from './helpers.js';
import { bisectRepository as repository, git } from '../test-support/bisect-repo.js';

const commits = (n: number): Commit[] =>
  Array.from({ length: n }, (_, i) => ({ sha: `c${String(i).padStart(39, '0')}`, subject: `commit ${i}` }));

/** A probe that answers from a script: different from `culprit` on, with the given unknowns first. */
function scripted(culprit: number, unknown: Record<number, number> = {}) {
  const asked: number[] = [];
  const seen = new Map<number, number>();
  const probe = async (c: Commit): Promise<Probe> => {
    const i = Number(c.sha.slice(1));
    asked.push(i);
    const times = (seen.get(i) ?? 0) + 1;
    seen.set(i, times);
    const result: ProbeResult = times <= (unknown[i] ?? 0) ? 'unknown' : i >= culprit ? 'different' : 'same';
    return { result, rounds: 3, change: result === 'different' ? 1.5 : 1, broken: result === 'different' ? ['intervene'] : [] };
  };
  return { probe, asked };
}

describe('searchCulprit', () => {
  it('finds the culprit at every position of 24 commits within 1 + ⌈log₂ 24⌉ probes', async () => {
    for (let culprit = 0; culprit < 24; culprit++) {
      const { probe, asked } = scripted(culprit);
      const r = await searchCulprit(commits(24), probe);
      expect(r).toMatchObject({ verdict: 'found', culprit: { sha: commits(24)[culprit]!.sha } });
      expect(asked[0]).toBe(23);
      expect(asked.length).toBeLessThanOrEqual(probesNeeded(24).probes);
      // Without --benchmark, the benchmarks that broke on the bad commit are the ones followed.
      expect(r.benchmarks).toEqual(['intervene']);
    }
    expect(probesNeeded(24)).toEqual({ probes: 6, withRepeats: 12 });
  });

  it('repeats a probe that stays unknown once, and ends unknown (no culprit) when the repeat is unknown too', async () => {
    const once = scripted(9, { 11: 1 });
    const r = await searchCulprit(commits(24), once.probe);
    expect(r.verdict).toBe('found');
    expect(r.culprit!.subject).toBe('commit 9');
    expect(r.steps.filter((s) => s.attempt === 2).map((s) => s.subject)).toEqual(['commit 11']);
    const twice = scripted(9, { 11: 2 });
    const u = await searchCulprit(commits(24), twice.probe);
    expect(u).toMatchObject({ verdict: 'unknown', culprit: null });
    expect(u.reason).toMatch(/two probes of c000000 \(commit 11\) could not tell it from the good commit/);
  });

  it('says there is nothing to bisect when the bad commit is the same as the good one, and stops when the budget is spent', async () => {
    const none = await searchCulprit(commits(8), scripted(99).probe);
    expect(none).toMatchObject({ verdict: 'unknown', culprit: null });
    expect(none.reason).toMatch(/no named benchmark breaks its rule/);
    let calls = 0;
    const spent = await searchCulprit(commits(8), scripted(3).probe, { outOfTime: () => ++calls > 2 });
    expect(spent).toMatchObject({ verdict: 'unknown', culprit: null });
    expect(spent.reason).toMatch(/time budget \(--max-minutes\) was spent/);
    expect(spent.steps).toHaveLength(2);
  });
});

function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(DIST_NODE, [join(ROOT, 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('causal-perf bisect', () => {
  const args = ['--suite', 'node suite.mjs', '--output', 'results.json'];

  it('names the commit that made a benchmark slower, and leaves the repository as it was', () => {
    const { dir, shas } = repository(7, 5, 1.5);
    writeFileSync(join(dir, 'uncommitted.txt'), 'work in progress\n');
    const before = {
      head: git(dir, 'rev-parse', 'HEAD'),
      status: git(dir, 'status', '--porcelain'),
      trees: git(dir, 'worktree', 'list'),
    };
    const r = cli(dir, 'bisect', '--good', shas[0]!, '--bad', 'HEAD', ...args, '--format', 'json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ verdict: 'found', culprit: { sha: shas[5], subject: 'commit 5: slower intervention' } });
    expect(report.benchmarks).toEqual(['intervene']);
    expect(report.commits).toBe(7);
    expect(report.steps[0]).toMatchObject({ sha: shas[7], result: 'different' });
    expect(report.steps[0].change).toBeCloseTo(1.5, 5);
    for (const s of report.steps) {
      expect(['same', 'different']).toContain(s.result);
      expect(s.rounds).toBeGreaterThanOrEqual(3);
      expect(s.result).toBe(shas.indexOf(s.sha) >= 5 ? 'different' : 'same');
    }
    expect(report.steps.length).toBeLessThanOrEqual(report.maxProbes);
    // After the bad commit's probe, only the benchmark that broke runs (CAUSAL_PERF_BENCHMARKS).
    expect(r.stderr).toMatch(/^ran intervene$/m);
    expect(r.stderr).toMatch(/bisect: probe [0-9a-f]{7}: different after 3 rounds, \+50 %/);
    expect(git(dir, 'rev-parse', 'HEAD')).toBe(before.head);
    expect(git(dir, 'status', '--porcelain')).toBe(before.status);
    expect(git(dir, 'worktree', 'list')).toBe(before.trees);
    expect(readFileSync(join(dir, 'uncommitted.txt'), 'utf8')).toBe('work in progress\n');

    const text = cli(dir, 'bisect', '--good', shas[0]!, ...args, '--benchmark', 'inter*');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^bisect [0-9a-f]{7}\.\.[0-9a-f]{7}: 7 commits, at most 8 probes; following intervene$/m);
    expect(text.stdout).toMatch(/^probe\s+commit\s+result\s+rounds\s+change\s+subject$/m);
    expect(text.stdout).toMatch(new RegExp(`^culprit: ${shas[5]!.slice(0, 7)} commit 5: slower intervention`, 'm'));
  });

  it('follows the first parents: a merged branch is one unit, unless --all-parents descends into it', () => {
    const { dir, shas } = repository(2, 0, 1);
    git(dir, 'checkout', '-qb', 'feature');
    writeFileSync(join(dir, 'notes.txt'), 'feature 1\n');
    git(dir, 'commit', '-qam', 'feature 1: harmless');
    writeFileSync(join(dir, 'factor.txt'), '2');
    git(dir, 'commit', '-qam', 'feature 2: slower intervention');
    const featureSlow = git(dir, 'rev-parse', 'HEAD').trim();
    git(dir, 'checkout', '-q', 'main');
    git(dir, 'merge', '-q', '--no-ff', '-m', 'merge feature', 'feature');
    const merge = git(dir, 'rev-parse', 'HEAD').trim();
    writeFileSync(join(dir, 'notes.txt'), 'after\n');
    git(dir, 'commit', '-qam', 'after the merge: harmless');
    const first = JSON.parse(cli(dir, 'bisect', '--good', shas[0]!, ...args, '--format', 'json').stdout);
    expect(first).toMatchObject({ verdict: 'found', commits: 4, culprit: { sha: merge, subject: 'merge feature' } });
    const all = JSON.parse(cli(dir, 'bisect', '--good', shas[0]!, ...args, '--all-parents', '--format', 'json').stdout);
    expect(all).toMatchObject({ verdict: 'found', culprit: { sha: featureSlow } });
  });

  it('exits 1 with no culprit when nothing breaks, and 2 on bad input, removing its worktrees when the suite fails', () => {
    const { dir, shas } = repository(3, 0, 1);
    const none = cli(dir, 'bisect', '--good', shas[0]!, ...args);
    expect(none.code).toBe(1);
    expect(none.stdout).toMatch(/verdict: unknown: no named benchmark breaks its rule between the good commit and/);
    expect(cli(dir, 'bisect', ...args).stderr).toMatch(/causal-perf: bisect: expected --good REF/);
    expect(cli(dir, 'bisect', '--good', 'nope', ...args).stderr).toMatch(/bisect: --good "nope" is not a commit/);
    expect(cli(dir, 'bisect', '--good', 'HEAD', '--bad', shas[0]!, ...args).stderr).toMatch(/is not an ancestor of --bad/);
    const unmatched = cli(dir, 'bisect', '--good', shas[0]!, ...args, '--benchmark', 'nothing*');
    expect(unmatched.code).toBe(2);
    expect(unmatched.stderr).toMatch(
      /--benchmark nothing\* matches no benchmark the suite measured \(dag_build, intervene, topo\)/,
    );
    const broken = cli(dir, 'bisect', '--good', shas[0]!, '--suite', 'node missing.mjs', '--output', 'results.json');
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/--suite: the benchmark command exited with code 1/);
    expect(git(dir, 'worktree', 'list').trim().split('\n')).toHaveLength(1);
  });
});
