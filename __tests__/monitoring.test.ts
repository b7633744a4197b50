/**
 * The metrics contract against the real servers: promtool checks the exposition and the shipped
 * alert rules (with their unit tests); the bundled action pushes to a real Pushgateway, a real
 * Prometheus scrapes it, and the shipped regression alert fires.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeClockEnv } from '../test-support/clock-env.js';
import { freePort, startMonitoring, until, type Monitoring } from '../test-support/prometheus.js';
import { DIST_NODE, ROOT, fixturePath } from './helpers.js';

const MONITORING = join(ROOT, 'monitoring');
const promtool = (...args: string[]) => spawnSync('promtool', args, { cwd: MONITORING, encoding: 'utf8' });
const pytest = (name: string) => fixturePath(`pytest/pytest-benchmark-5.2.3${name}.json`);

function runAction(inputs: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'cp-metrics-'));
  const output = join(dir, 'output');
  writeFileSync(output, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    ...fakeClockEnv(),
  };
  writeFileSync(env.GITHUB_STEP_SUMMARY as string, '');
  for (const [k, v] of Object.entries({ name: 'causal gym', storage: 'none', ...inputs })) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(DIST_NODE, [join(ROOT, 'dist', 'index.js')], { cwd: dir, env, encoding: 'utf8' });
  const outputs: Record<string, string> = {};
  for (const m of readFileSync(output, 'utf8').matchAll(/^(\S+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
  return { status: r.status, stdout: r.stdout, outputs, dir };
}

const strictRules = () => {
  const path = join(mkdtempSync(join(tmpdir(), 'cp-rules-')), 'rules.yml');
  writeFileSync(path, 'baseline_thresholds:\n  accuracy: { minimum_threshold: 0.97 }\n');
  return path;
};

describe('shipped alert rules', () => {
  it('pass promtool check rules and their unit tests (promtool test rules)', () => {
    const check = promtool('check', 'rules', 'alert.rules.yml');
    expect(check.stdout + check.stderr).toMatch(/SUCCESS: 6 rules found/);
    expect(check.status).toBe(0);
    const test = promtool('test', 'rules', 'alert.rules.test.yml');
    expect(test.stdout + test.stderr).toMatch(/SUCCESS/);
    expect(test.status).toBe(0);
  });
});

describe('causal-perf export --format openmetrics', () => {
  it('prints OpenMetrics text that promtool accepts, with every family of the contract', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-export-'));
    const cli = (...args: string[]) =>
      spawnSync(DIST_NODE, [join(ROOT, 'dist', 'cli.js'), ...args], { cwd: dir, encoding: 'utf8' });
    const report = cli('compare', '--head', pytest('-run2'), '--base', pytest(''), '--config', strictRules(), '--format', 'json');
    writeFileSync(join(dir, 'report.json'), report.stdout);
    const out = cli('export', '--format', 'openmetrics', 'report.json', '--suite', 'causal gym', '--testbed', 'Linux-X64');
    expect(out.status).toBe(0);
    expect(out.stdout.trimEnd().endsWith('# EOF')).toBe(true);
    for (const family of [
      'causal_perf_time_seconds',
      'causal_perf_memory_peak_bytes',
      'causal_perf_accuracy_ratio',
      'causal_perf_change_ratio',
      'causal_perf_regression',
      'causal_perf_run_info',
      'causal_perf_run_failed',
      'causal_perf_last_run_timestamp_seconds',
    ])
      expect(out.stdout).toContain(`# TYPE ${family} gauge`);
    expect(out.stdout).toContain(
      'causal_perf_regression{suite="causal gym",benchmark="test_metric_computation_performance",metric="accuracy",testbed="Linux-X64"} 1',
    );
    expect(out.stdout).toMatch(/causal_perf_run_failed\{suite="causal gym",testbed="Linux-X64"\} 1/);
    // The sha is on the info series only.
    const check = spawnSync('promtool', ['check', 'metrics'], { input: out.stdout, encoding: 'utf8' });
    expect(check.status).toBe(0);
  });
});

describe('with the real Pushgateway and Prometheus', () => {
  let m: Monitoring;
  beforeAll(async () => {
    const rules = readFileSync(join(MONITORING, 'alert.rules.yml'), 'utf8');
    m = await startMonitoring(rules);
  }, 60_000);
  afterAll(async () => m?.stop());

  it('pushes the run, Prometheus scrapes it, and the regression alert fires', async () => {
    const r = runAction({
      'output-file-path': pytest('-run2'),
      baseline: pytest(''),
      config: strictRules(),
      'pushgateway-url': m.pushgateway,
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/Pushed the metrics to http:\/\/127\.0\.0\.1:\d+ \(group suite="causal gym", testbed="Linux-X64"\)/);
    const q = (expr: string) => `${m.prometheus}/api/v1/query?query=${encodeURIComponent(expr)}`;
    type Vector = { result: { metric: Record<string, string>; value: [number, string] }[] };
    const failing = await until<Vector>(q('causal_perf_regression == 1'), (d) => d.result.length > 0);
    expect(failing.result.map((x) => x.metric)).toEqual([
      {
        __name__: 'causal_perf_regression',
        job: 'causal_perf',
        suite: 'causal gym',
        testbed: 'Linux-X64',
        benchmark: 'test_metric_computation_performance',
        metric: 'accuracy',
      },
    ]);
    const accuracy = await until<Vector>(
      q('causal_perf_accuracy_ratio{benchmark="test_metric_computation_performance"}'),
      (d) => d.result.length > 0,
    );
    expect(Number(accuracy.result[0]?.value[1])).toBeCloseTo(0.961, 6);
    const info = await until<Vector>(q('causal_perf_run_info'), (d) => d.result.length > 0);
    expect(info.result[0]?.metric).toMatchObject({ sha: 'a'.repeat(40), verdict: 'fail', event: 'push' });
    type Alerts = { alerts: { labels: Record<string, string>; state: string }[] };
    const alerts = await until<Alerts>(`${m.prometheus}/api/v1/alerts`, (d) =>
      d.alerts.some((a) => a.labels.alertname === 'BenchmarkRegression' && a.state === 'firing'),
    );
    expect(alerts.alerts.find((a) => a.labels.alertname === 'BenchmarkRegression')?.labels).toMatchObject({
      benchmark: 'test_metric_computation_performance',
      severity: 'warning',
    });
  }, 90_000);

  it('a second run replaces the suite’s group: no stale benchmark is left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-second-'));
    const only = join(dir, 'only.json');
    writeFileSync(
      only,
      JSON.stringify({
        benchmarks: [{ name: 'only_this_one', metrics: { time: { value: 0.002, unit: 's', direction: 'smaller' } } }],
      }),
    );
    const r = runAction({ 'output-file-path': only, 'pushgateway-url': m.pushgateway });
    expect(r.status).toBe(0);
    const text = await (await fetch(`${m.pushgateway}/metrics`)).text();
    const suiteLines = text.split('\n').filter((l) => l.startsWith('causal_perf_') && l.includes('suite="causal gym"'));
    expect(suiteLines.some((l) => l.includes('only_this_one'))).toBe(true);
    expect(suiteLines.some((l) => l.includes('test_metric_computation_performance'))).toBe(false);
  });

  it('a Pushgateway that is down gives a warning and leaves the verdict alone', async () => {
    const r = runAction({
      'output-file-path': pytest('-run2'),
      baseline: pytest(''),
      'pushgateway-url': `http://127.0.0.1:${await freePort()}`,
    });
    expect(r.status).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    expect(r.stdout).toMatch(/::warning::could not push the metrics to the Pushgateway: .*ECONNREFUSED/);
  });
});
