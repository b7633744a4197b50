import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST_NODE, ROOT, fixturePath } from './helpers.js';
import { fakeClockEnv } from '../test-support/clock-env.js';

/** Runs the bundled action as the runner does: INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. */
function runAction(inputs: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'cp-action-'));
  const output = join(dir, 'output');
  const summary = join(dir, 'summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    ...fakeClockEnv(),
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(DIST_NODE, [join(ROOT, 'dist', 'index.js')], { cwd: dir, env, encoding: 'utf8' });
  const outputs: Record<string, string> = {};
  // GITHUB_OUTPUT uses name<<delimiter blocks.
  const text = readFileSync(output, 'utf8');
  for (const m of text.matchAll(/^(\S+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
  return { status: r.status, stdout: r.stdout, outputs, summary: readFileSync(summary, 'utf8'), dir };
}

const pytest = (name: string) => fixturePath(`pytest/pytest-benchmark-5.2.3${name}.json`);

describe('the action (dist/index.js)', () => {
  it('never hands its token or metric credentials to the suite it runs (#26 item 1)', () => {
    const secrets = {
      'github-token': 'ghs_tokenvalue123',
      'pushgateway-basic-auth': 'user:pgpass456',
      'remote-write-url': 'https://rw:rwpass789@127.0.0.1:1/api/v1/write',
    };
    const r = runAction({
      ...secrets,
      run: `env > env.txt; cp ${pytest('-run2')} results.json`,
      'output-file-path': 'results.json',
      baseline: pytest(''),
      storage: 'none',
      comment: 'never',
      'confirm-runs': '0',
    });
    const env = readFileSync(join(r.dir, 'env.txt'), 'utf8');
    expect(env).toMatch(/^GITHUB_WORKSPACE=/m);
    for (const value of ['ghs_tokenvalue123', 'pgpass456', 'rwpass789']) expect(env).not.toContain(value);
    // Only the mask command may carry it (the runner consumes that line; it is never shown).
    const shown = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(shown.join('\n')).not.toContain('rwpass789');
  });
  it('writes no credential into the job summary, even for a benchmark named after one (#26 item 1)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-named-'));
    const file = (v: number) => {
      const path = join(dir, `r${v}.json`);
      const bench = (name: string) => ({ name, metrics: { time: { value: v, unit: 's', direction: 'smaller' } } });
      writeFileSync(path, JSON.stringify({ benchmarks: [bench('leak ghs_namedvalue777'), bench('leak pw pgnamed888')] }));
      return path;
    };
    const r = runAction({
      'github-token': 'ghs_namedvalue777',
      'pushgateway-basic-auth': 'user:pgnamed888',
      'output-file-path': file(2),
      baseline: file(1),
      storage: 'none',
      comment: 'never',
    });
    expect(r.summary).toMatch(/leak \*\*\*/);
    for (const v of ['ghs_namedvalue777', 'pgnamed888']) expect(r.summary).not.toContain(v);
  });
  it('leaves no credential in any ancestor’s /proc/<pid>/environ for the suite to read (#26 item 1)', () => {
    // The suite walks up its ancestors (the shell, the action's node process, …) and reads the
    // environment block each was started with, as PR code could.
    const probe = join(mkdtempSync(join(tmpdir(), 'cp-probe-')), 'probe.cjs');
    writeFileSync(
      probe,
      `const fs = require('fs');
const found = [];
let pid = process.pid;
for (let i = 0; i < 8 && pid > 1; i++) {
  pid = Number(/^PPid:\\s+(\\d+)/m.exec(fs.readFileSync('/proc/' + pid + '/status', 'utf8'))[1]);
  let environ = '';
  try { environ = fs.readFileSync('/proc/' + pid + '/environ', 'latin1'); } catch {}
  for (const v of ['ghs_procvalue123', 'pgprocpass456']) if (environ.includes(v)) found.push(pid + ':' + v);
}
fs.writeFileSync('found.txt', JSON.stringify(found));`,
    );
    const r = runAction({
      'github-token': 'ghs_procvalue123',
      'pushgateway-basic-auth': 'user:pgprocpass456',
      run: `node ${probe}; cp ${pytest('-run2')} results.json`,
      'output-file-path': 'results.json',
      baseline: pytest(''),
      storage: 'none',
      comment: 'never',
      'confirm-runs': '0',
    });
    expect(r.status).toBe(0);
    const found = JSON.parse(readFileSync(join(r.dir, 'found.txt'), 'utf8')) as string[];
    const canExec = spawnSync(DIST_NODE, ['-e', 'process.exit(typeof process.execve === "function" ? 0 : 1)']).status === 0;
    if (canExec) {
      // The action's runtime (node24): started again without them, so no ancestor shows them.
      expect(found).toEqual([]);
      expect(readdirSync(r.dir).filter((f) => f.startsWith('causal-perf-'))).toEqual([]);
    } else {
      // An older Node cannot: it says so, naming the risk, instead of pretending.
      expect(found.length).toBeGreaterThan(0);
      expect(r.stdout).toMatch(/::warning::This Node\.js .* cannot start the action again without its credential inputs/);
    }
  });
  // A rules file whose accuracy floor the head run breaks: a broken rule that no noise can explain.
  const strictRules = () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-rules-'));
    const path = join(dir, 'rules.yml');
    writeFileSync(path, 'baseline_thresholds:\n  accuracy: { minimum_threshold: 0.97 }\n');
    return path;
  };
  it('fails on a broken rule, with an annotation, outputs and the summary', () => {
    const r = runAction({
      'output-file-path': pytest('-run2'),
      baseline: `${pytest('')}`,
      config: strictRules(),
      name: 'causal gym',
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      /::error title=causal-perf%3A below-floor::test_metric_computation_performance accuracy: 0.961 is below the minimum of 0.97/,
    );
    expect(r.stdout).toMatch(/::error::1 benchmark rule broken: test_metric_computation_performance \(accuracy\)/);
    expect(r.outputs).toMatchObject({ verdict: 'fail', regressions: '1' });
    expect(JSON.parse(readFileSync(r.outputs['report-json']!, 'utf8')).verdict).toBe('fail');
    expect(r.summary).toMatch(/### causal-perf: causal gym — ❌ \*\*1 rule broken\*\*/);
  });
  // Two prior runs cannot tell the +66 % slowdown from run-to-run noise at 99 %: inconclusive, not a failure.
  it('calls the deliberate slowdown inconclusive from two prior runs, with a notice and a summary section', () => {
    const r = runAction({
      'output-file-path': pytest('-slow'),
      baseline: `${pytest('')}\n${pytest('-run2')}`,
      name: 'causal gym',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/::notice title=causal-perf%3A inconclusive::test_intervention_performance time: \+\d+ %25 slower/);
    expect(r.outputs).toMatchObject({ verdict: 'pass', regressions: '0', inconclusive: '1' });
    expect(r.summary).toMatch(/\*\*Undecided\*\*/);
    // Never "No regression" above an undecided row: the header counts them and says why.
    expect(r.summary).toMatch(/⚠️ \*\*Passed with 1 undecided row: not re-measured/);
    expect(r.summary).not.toMatch(/No regression/);
    expect(r.summary).toMatch(/🟠 inconclusive \| `test_intervention_performance`/);
  });
  it('passes two runs of the same code', () => {
    const r = runAction({ 'output-file-path': pytest('-run2'), baseline: pytest('') });
    expect(r.status).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    // Baseline files: the log must not claim that history was read or recorded.
    expect(r.stdout).toContain('the baseline is the given baseline files, so history is neither read nor written');
    expect(r.stdout).not.toMatch(/then recorded|Recorded this run/);
  });
  it('reports while not failing when fail-on-regression is false', () => {
    const r = runAction({
      'output-file-path': pytest('-run2'),
      baseline: pytest(''),
      config: strictRules(),
      'fail-on-regression': 'false',
    });
    expect(r.status).toBe(0);
    expect(r.outputs.verdict).toBe('fail');
  });
  it('refuses a gh-pages-dir outside the branch before anything is written', () => {
    const r = runAction({ 'output-file-path': pytest(''), 'gh-pages-dir': '../elsewhere' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      '::error::input gh-pages-dir: "../elsewhere": expected a folder inside the branch; ".." is not allowed in it',
    );
  });
  it('fails the step with one clear message on bad input', () => {
    const r = runAction({ 'output-file-path': 'nothing-here/*.json' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error::output-file-path: no file matches "nothing-here/*.json"');
  });
});
