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
import { LocalDirectoryStore } from '../src/history/local.js';
import { freePort, startMonitoring, until, untilJson, type Monitoring } from '../test-support/prometheus.js';
import { DIST_NODE, ROOT, fixturePath } from './helpers.js';

const MONITORING = join(ROOT, 'monitoring');
const promtool = (...args: string[]) => spawnSync('promtool', args, { cwd: MONITORING, encoding: 'utf8' });
const pytest = (name: string) => fixturePath(`pytest/pytest-benchmark-5.2.3${name}.json`);

function runAction(inputs: Record<string, string>, payload?: object, event = 'push') {
  const dir = mkdtempSync(join(tmpdir(), 'cp-metrics-'));
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(payload ?? {}));
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
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
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
    // …and reaches the real Alertmanager, as a team's notification route would receive it.
    const received = await untilJson<{ labels: Record<string, string>; annotations: Record<string, string> }[]>(
      `${m.alertmanager}/api/v2/alerts?filter=${encodeURIComponent('alertname="BenchmarkRegression"')}`,
      (list) => list.length > 0,
    );
    expect(received[0]!.labels).toMatchObject({ benchmark: 'test_metric_computation_performance', suite: 'causal gym' });
    expect(received[0]!.annotations.summary).toMatch(/test_metric_computation_performance/);
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

  it("never pushes or remote-writes a pull request's run into the series the default branch's alerts read (#28 items 12, 14)", async () => {
    const r = runAction(
      {
        name: 'pr only suite',
        'output-file-path': pytest('-run2'),
        baseline: pytest(''),
        config: strictRules(),
        'pushgateway-url': m.pushgateway,
        'remote-write-url': m.remoteWrite,
      },
      {
        repository: { default_branch: 'main', full_name: 'o/r' },
        pull_request: {
          number: 7,
          head: { sha: 'b'.repeat(40), ref: 'feature', repo: { full_name: 'o/r' } },
          base: { sha: 'c'.repeat(40), ref: 'main', repo: { full_name: 'o/r' } },
        },
      },
      'pull_request',
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/Pushgateway: not pushed — this run is pull request #7/);
    expect(r.stdout).not.toMatch(/Pushed the metrics/);
    // Nor into main's remote-written history (its series carry no branch either).
    expect(r.stdout).toMatch(/Remote write: not sent — this run is pull request #7/);
    expect(r.stdout).not.toMatch(/Remote-wrote/);
    const text = await (await fetch(`${m.pushgateway}/metrics`)).text();
    expect(text).not.toContain('pr only suite');
    const series = await (
      await fetch(`${m.prometheus}/api/v1/series?match[]=${encodeURIComponent('{suite="pr only suite"}')}`)
    ).json();
    expect((series as { data: unknown[] }).data).toEqual([]);
  });
  it('pushes a suite whose name has a "/" (the Pushgateway reads it in its @base64 form) (#26 item 11)', async () => {
    const r = runAction({
      'output-file-path': pytest('-run2'),
      baseline: pytest(''),
      name: 'api/v2 bench',
      'pushgateway-url': m.pushgateway,
    });
    expect(r.stdout).toMatch(/Pushed the metrics to http:\/\/127\.0\.0\.1:\d+ \(group suite="api\/v2 bench"/);
    expect(r.stdout).not.toMatch(/could not push the metrics/);
    const text = await (await fetch(`${m.pushgateway}/metrics`)).text();
    expect(text.split('\n').some((l) => l.startsWith('causal_perf_') && l.includes('suite="api/v2 bench"'))).toBe(true);
  });

  type Vector = { result: { metric: Record<string, string>; value: [number, string] }[] };
  const at = (expr: string, time: Date) =>
    `${m.prometheus}/api/v1/query?query=${encodeURIComponent(expr)}&time=${time.getTime() / 1000}`;

  it('remote-writes the run stamped with the commit time, with the labels of the contract', async () => {
    // A commit long before now: the series must sit at the commit's time, not at the run's.
    const committed = new Date('2026-03-02T09:30:00Z');
    const r = runAction(
      {
        'output-file-path': pytest('-run2'),
        baseline: pytest(''),
        config: strictRules(),
        name: 'remote suite',
        'remote-write-url': m.remoteWrite,
      },
      { head_commit: { id: 'a'.repeat(40), timestamp: committed.toISOString(), message: 'x' } },
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      /Remote-wrote \d+ series to http:\/\/127\.0\.0\.1:\d+\/api\/v1\/write, stamped 2026-03-02T09:30:00\.000Z/,
    );
    const stamp = await until<Vector>(
      at(
        'timestamp(causal_perf_accuracy_ratio{suite="remote suite",benchmark="test_metric_computation_performance"})',
        committed,
      ),
      (d) => d.result.length > 0,
    );
    expect(Number(stamp.result[0]!.value[1])).toBe(committed.getTime() / 1000);
    expect(stamp.result[0]!.metric).toEqual({
      suite: 'remote suite',
      benchmark: 'test_metric_computation_performance',
      group: expect.any(String),
      testbed: 'Linux-X64',
    });
    const regression = await until<Vector>(
      at('causal_perf_regression{suite="remote suite"} == 1', committed),
      (d) => d.result.length > 0,
    );
    expect(regression.result.map((x) => x.metric.benchmark)).toEqual(['test_metric_computation_performance']);
    const info = await until<Vector>(at('causal_perf_run_info{suite="remote suite"}', committed), (d) => d.result.length > 0);
    expect(info.result[0]!.metric).toMatchObject({ sha: 'a'.repeat(40), verdict: 'fail', testbed: 'Linux-X64' });
    // Nothing of it is at the run's own time (now): the samples are at the commit's time, months before.
    const now = await (
      await fetch(`${m.prometheus}/api/v1/query?query=${encodeURIComponent('causal_perf_run_info{suite="remote suite"}')}`)
    ).json();
    expect((now as { data: Vector }).data.result).toEqual([]);
  }, 90_000);

  it('backfills a whole history (imported from github-action-benchmark) at its commits’ times', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-backfill-'));
    const cli = (...args: string[]) =>
      spawnSync(DIST_NODE, [join(ROOT, 'dist', 'cli.js'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env } });
    const data = fixturePath('github-action-benchmark/data.js');
    expect(cli('import', data, '--history-dir', 'h').status).toBe(0);
    const out = cli('export', '--remote-write-url', m.remoteWrite, '--history-dir', 'h');
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    const text = readFileSync(data, 'utf8');
    const json = JSON.parse(text.slice(text.indexOf('{'))) as {
      entries: Record<
        string,
        { commit: { id: string; timestamp: string }; benches: { name: string; value: number; unit: string }[] }[]
      >;
    };
    const [suite, entries] = Object.entries(json.entries)[0]!;
    const runs = Object.values(json.entries).reduce((n, e) => n + e.length, 0);
    expect(out.stdout).toContain(`Remote-wrote ${runs} runs of ${Object.keys(json.entries).length} suite`);
    // Every run's figure is at its commit's time, with the value the old tool stored (ms → s).
    const bench = entries[0]!.benches[0]!.name;
    for (const entry of entries) {
      const t = new Date(entry.commit.timestamp);
      const v = await until<Vector>(
        at(`causal_perf_time_seconds{suite=${JSON.stringify(suite)},benchmark=${JSON.stringify(bench)}}`, t),
        (d) => d.result.length > 0,
      );
      const info = await until<Vector>(
        at(`timestamp(causal_perf_run_info{suite=${JSON.stringify(suite)}})`, t),
        (d) => d.result.length > 0,
      );
      expect(Number(info.result[0]!.value[1])).toBe(t.getTime() / 1000);
      const stored = entry.benches.find((b) => b.name === bench)!;
      expect(stored.unit).toBe('ns/iter');
      expect(Number(v.result[0]!.value[1]) / (stored.value * 1e-9)).toBeCloseTo(1, 9);
    }
    const bad = cli('export', '--remote-write-url', `http://127.0.0.1:${await freePort()}/api/v1/write`, '--history-dir', 'h');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--remote-write-url: .*(ECONNREFUSED|fetch failed)/);
  }, 90_000);

  it('backfills every run of the default branch, also runs of one commit, which share its time (#28 item 13, #27)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-backfill-same-'));
    const store = new LocalDirectoryStore(join(dir, 'h'));
    const committed = '2026-02-10T08:00:00.000Z';
    // Three scheduled runs of one commit on three nights, then the next commit.
    for (const [k, value] of [1.0, 1.1, 0.9].entries())
      await store.append({
        version: 1,
        suite: 'nightly',
        commit: { sha: 'a'.repeat(40), timestamp: committed },
        branch: 'main',
        event: 'schedule',
        runId: `n${k}`,
        testbed: 'Linux-X64',
        recordedAt: new Date(Date.parse(committed) + (k + 1) * 86_400_000).toISOString(),
        results: { benchmarks: [{ name: 'dag', metrics: { time: { value: value * 1e-3, unit: 's', direction: 'smaller' } } }] },
      });
    // A feature branch's run: its series would sit on main's lines (they carry no branch), so it stays out.
    await store.append({
      version: 1,
      suite: 'nightly',
      commit: { sha: 'f'.repeat(40), timestamp: '2026-02-10T09:00:00.000Z' },
      branch: 'feature',
      event: 'push',
      runId: 'f1',
      testbed: 'Linux-X64',
      recordedAt: '2026-02-10T09:05:00.000Z',
      results: { benchmarks: [{ name: 'dag', metrics: { time: { value: 9e-3, unit: 's', direction: 'smaller' } } }] },
    });
    const out = spawnSync(
      DIST_NODE,
      [join(ROOT, 'dist', 'cli.js'), 'export', '--remote-write-url', m.remoteWrite, '--history-dir', 'h'],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('Remote-wrote 3 runs of 1 suite on main');
    expect(out.stdout).toContain('2 runs shared a commit');
    expect(out.stdout).toContain('1 run of other branches left out');
    const t = new Date(Date.parse(committed) + 1000);
    const counted = await until<Vector>(
      at('count_over_time(causal_perf_time_seconds{suite="nightly",benchmark="dag"}[10s])', t),
      (d) => d.result.length > 0 && Number(d.result[0]!.value[1]) === 3,
    );
    expect(Number(counted.result[0]!.value[1])).toBe(3);
    const feature = await (
      await fetch(at('max_over_time(causal_perf_time_seconds{suite="nightly"}[2h])', new Date('2026-02-10T10:00:00Z')))
    ).json();
    expect((feature as { data: Vector }).data.result.every((r) => Number(r.value[1]) < 5e-3)).toBe(true);
  }, 90_000);

  it('a remote-write endpoint that refuses gives a warning and leaves the verdict alone', async () => {
    const r = runAction({
      'output-file-path': pytest('-run2'),
      baseline: pytest(''),
      // Prometheus answers 404 here: a wrong path, as a typo in the URL would be.
      'remote-write-url': `${m.prometheus}/api/v1/wrong`,
    });
    expect(r.status).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    expect(r.stdout).toMatch(/::warning::could not remote-write the metrics: .*answered 404/);
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
