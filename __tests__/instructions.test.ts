/**
 * `measure: instructions`: counts under the real Valgrind (Debian's valgrind; .ci/run installs it),
 * on the example suite (node, the env harness), on a real pytest suite (the pytest harness, unchanged)
 * and through the CLI end to end. Counted passes take seconds each: two processes per benchmark.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleForNode } from '../scripts/bundle.mjs';
import {
  NODE_FLAGS,
  countInstructions,
  countingEnv,
  instructionRefs,
  roundCalls,
  spinRefs,
  withNodeFlags,
} from '../src/pipeline/instructions.js';
import { DIST_NODE, ROOT } from './helpers.js';

const log = { info: () => {}, warn: () => {}, debug: () => {}, error: () => {} } as never;
const change = (a: number, b: number) => b / a - 1;
/** The interpreter itself: a version manager's shim (pyenv's bash script) adds counts that vary. */
const python = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();

describe('instruction counts: the pieces', () => {
  it("adds up every process's I refs line", () => {
    const stderr = '==11== Cachegrind\n==12== I   refs:      1,904,362\nother\n==11== I   refs:      4,993,179,296\n';
    expect(instructionRefs(stderr)).toBe(1_904_362 + 4_993_179_296);
    expect(instructionRefs('no count here')).toBeUndefined();
  });
  it("takes libuv's exit-time spin-wait out of a count, and nothing else (cachegrind's own output)", () => {
    // An excerpt of the per-function file cachegrind wrote for the example suite beside two CPU hogs:
    // uv__async_close's inlined spin ran 335,268 instructions here and 10 in most runs.
    const out = readFileSync(join(ROOT, '__tests__', 'fixtures', 'cachegrind', 'node-exit-spin.cgout'), 'utf8');
    expect(spinRefs(out)).toBe(10 + 2 + 4 + 111_720 + 167_502 + 56 + 126 + 18 + 8 + 55_832);
    // uv__async_io and uv__async_stop, beside it in the same file, are work.
    expect(spinRefs(out.replace(/^fn=uv__async_close$/gm, 'fn=uv__async_closed'))).toBe(0);
    expect(spinRefs('events: Ir\nsummary: 100\n')).toBe(0);
  });
  it('rounds a third run of the pytest harness up to 1, 2 or 5 × 10^k calls, so near figures plan the same run', () => {
    expect([1, 3, 100, 101, 666, 4400, 4999, 5001, 20_000].map(roundCalls)).toEqual([
      1, 5, 100, 200, 1000, 5000, 5000, 10_000, 20_000,
    ]);
  });
  it("gives node V8's determinism flags, and nothing else", () => {
    expect(withNodeFlags('node --expose-gc bench.mjs')).toBe(`node ${NODE_FLAGS.join(' ')} --expose-gc bench.mjs`);
    expect(withNodeFlags('/usr/bin/node x.js')).toBe(`/usr/bin/node ${NODE_FLAGS.join(' ')} x.js`);
    expect(withNodeFlags('python3 -m pytest')).toBe('python3 -m pytest');
    expect(withNodeFlags('nodemon x.js')).toBe('nodemon x.js');
  });
  it("gives every counted run an environment of the same size, without the runner's job-to-job variables", () => {
    const a = countingEnv({ PATH: '/bin', GITHUB_SHA: 'abc', RUNNER_TEMP: '/tmp/x' }, { CAUSAL_PERF_BENCHMARKS: 'a' });
    const b = countingEnv({ PATH: '/bin:/usr/local/bin', GITHUB_SHA: 'abcdef' }, { CAUSAL_PERF_BENCHMARKS: 'longer_name' });
    const size = (e: NodeJS.ProcessEnv) => Object.entries(e).reduce((n, [k, v]) => n + k.length + (v?.length ?? 0) + 2, 0);
    expect(size(a)).toBe(size(b));
    expect(size(a) % 4096).toBe(0);
    expect(a.GITHUB_SHA).toBeUndefined();
    expect(a.RUNNER_TEMP).toBeUndefined();
    expect(a.PYTHONHASHSEED).toBe('0');
  });
});

describe('instruction counts under Valgrind', () => {
  it('counts the example suite (env harness): unchanged benchmarks agree, a +2 % work change shows', async () => {
    // Beside node_modules: the bundle imports benny from there.
    const suite = join(ROOT, '.tmp', `instructions-bench-${process.pid}.mjs`);
    await bundleForNode(join(ROOT, 'examples', 'causal-gym', 'bench.ts'), suite);
    const names = ['test_intervention_10', 'test_agreement_metrics_1000'];
    const count = (slowdown: string) =>
      countInstructions(
        {
          harness: 'env',
          command: `node ${suite}`,
          cwd: ROOT,
          flag: 'test',
          env: { ...process.env, CAUSAL_GYM_SLOWDOWN: slowdown },
        },
        names,
        log,
      );
    const before = await count('');
    const after = await count('test_intervention_10:1.02');
    // The control, counted twice, and the changed benchmark. Until round 19 counts here were not free of
    // the machine's load: libuv's spin-wait at exit (uv__async_close) counted up to 335,268 instructions
    // in one run and 10 in the next beside CPU hogs, and a whole-suite test run beside a replay once read
    // this +2 % as +6.7 %. With it taken out (spinRefs), bench:instructions beside two hogs kept every
    // unchanged benchmark within 0.03 % over ten passes and read the +2 % changes as +1.1 … +2.0 % (the
    // JIT's part, not the machine's). The bounds: the control well inside the +1 % rule, the change seen,
    // and no artefact many times its size (+12 %, +24 % before the body's bookkeeping was fixed).
    expect(Math.abs(change(before.counts.get(names[1]!)!, after.counts.get(names[1]!)!))).toBeLessThan(0.005);
    const moved = change(before.counts.get(names[0]!)!, after.counts.get(names[0]!)!);
    expect(moved).toBeGreaterThan(0.005);
    expect(moved).toBeLessThan(0.05);
    expect(before.valgrindRuns).toBe(4);
  }, 600_000);

  it('counts a pytest suite as it is (pytest harness): one test by its node id, a fixed number of calls', async () => {
    const cwd = join(ROOT, 'fixtures-src', 'pytest');
    const names = ['test_intervention_performance', 'test_metric_computation_performance'];
    const count = (extra: string) =>
      countInstructions(
        { harness: 'pytest', command: python, cwd, flag: 'test', env: { ...process.env, CAUSAL_EXTRA_WORK: extra } },
        names,
        log,
      );
    const before = await count('');
    const after = await count('test_intervention_performance:1.02');
    // Both tests' 50 extra calls are small beside the pytest process (some 5 × 10⁹ instructions), so
    // each gets a third run with enough calls to make a tenth of it (PYTEST_SHARE). With only the 50,
    // a wobble of a few hundred thousand instructions in the process read this +2 % as +13 % and
    // moved the control 1.06 % in two CI runs; now it moves the figures by hundredths of a percent.
    expect(before.valgrindRuns).toBe(6);
    const moved = change(before.counts.get(names[0]!)!, after.counts.get(names[0]!)!);
    expect(moved).toBeGreaterThan(0.015);
    expect(moved).toBeLessThan(0.025);
    expect(Math.abs(change(before.counts.get(names[1]!)!, after.counts.get(names[1]!)!))).toBeLessThan(0.003);
    // A name pytest does not collect is one clear error, naming it.
    await expect(
      countInstructions({ harness: 'pytest', command: python, cwd, flag: 'measure: instructions' }, ['test_nope'], log),
    ).rejects.toThrow(/measure: instructions: pytest collected no test named "test_nope"/);
  }, 600_000);
});

/** A suite that times two pure-Python loops (custom JSON) and, for counting, runs one body N times. */
const SUITE = `
import json, os, sys, time
work = float(open("work.txt").read())
def loop(n):
    s = 0
    for i in range(n):
        s += i * i % 7
    return s
def step():
    loop(2000)
def extra():
    loop(int(2000 * work))
bodies = {"step": step, "extra": extra}
n = int(os.environ.get("CAUSAL_PERF_ITERATIONS", "0"))
if n:
    only = [b for b in os.environ.get("CAUSAL_PERF_BENCHMARKS", "").split("\\n") if b]
    for name in only or bodies:
        for _ in range(n):
            bodies[name]()
    sys.exit(0)
out = []
for name, body in bodies.items():
    samples = []
    for _ in range(5):
        t = time.perf_counter(); body(); samples.append(time.perf_counter() - t)
    out.append({"name": name, "metrics": {"time": {"value": sum(samples) / 5, "unit": "s", "direction": "smaller", "samples": samples}}})
json.dump({"benchmarks": out}, open("results.json", "w"))
`;

/**
 * `causal-perf run --measure instructions` of `suite` in `dir`, against a history directory there on
 * main, with no re-measuring, the report as JSON on stdout.
 */
function countedRun(dir: string, suite: string, flags: string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(
    DIST_NODE,
    [
      join(ROOT, 'dist', 'cli.js'),
      'run',
      '--suite',
      suite,
      '--output',
      'results.json',
      '--history-dir',
      'history',
      '--branch',
      'main',
      '--measure',
      'instructions',
      '--confirm-runs',
      '0',
      '--format',
      'json',
      ...flags,
    ],
    { cwd: dir, encoding: 'utf8', env },
  );
}

describe('causal-perf run --measure instructions', () => {
  it('records counts as the instructions metric, passes unchanged code and fails a +2 % change of one benchmark', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-instr-run-'));
    writeFileSync(join(dir, 'suite.py'), SUITE);
    // The timed figures of a 0.1 ms body beside the whole test suite are noise (once an unchanged run
    // failed on them in a loaded run of npm test): time is reported here, not enforced; this test is
    // about the counts, and the instructions rule keeps its default (+1 %, enforced).
    writeFileSync(join(dir, 'rules.yml'), 'baseline_thresholds:\n  time:\n    fail: false\n');
    const run = (work: number, ...extra: string[]) => {
      writeFileSync(join(dir, 'work.txt'), String(work));
      const r = countedRun(dir, `${python} suite.py`, ['--config', 'rules.yml', '--markdown', 'comment.md', ...extra]);
      return { code: r.status, report: r.status === 2 ? r.stderr : JSON.parse(r.stdout), stderr: r.stderr };
    };
    const rows = (report: { results: { benchmark: string; metric: string; status: string; measured_ratio: number }[] }) =>
      report.results.filter((r) => r.metric === 'instructions');
    const failingRows = (r: ReturnType<typeof run>) =>
      r.code === 2 ? [r.stderr] : r.report.results.filter((x: { fails?: boolean }) => x.fails);
    for (let i = 0; i < 3; i++) expect(failingRows(run(1))).toEqual([]);
    const same = run(1);
    expect(failingRows(same)).toEqual([]);
    expect(same.code).toBe(0);
    expect(rows(same.report).map((r) => r.status)).toEqual(['unchanged', 'unchanged']);
    for (const r of rows(same.report)) expect(Math.abs(r.measured_ratio - 1)).toBeLessThan(0.0005);
    const slower = run(1.02);
    expect(slower.code).toBe(1);
    const failing = rows(slower.report).filter((r) => r.status === 'regression');
    expect(failing.map((r) => r.benchmark)).toEqual(['extra']);
    expect(failing[0]!.measured_ratio).toBeGreaterThan(1.01);
    const comment = readFileSync(join(dir, 'comment.md'), 'utf8');
    expect(comment).toMatch(/Instructions counted under Valgrind for 2 benchmarks/);
    expect(comment).toMatch(/Counts are work, not time/);
    // Bad input: one message naming the flag, exit 2.
    const bad = run(1, '--instructions-harness', 'perf');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--instructions-harness: expected pytest or env, got "perf"/);
  }, 600_000);
});

describe('causal-perf run --measure instructions on a pytest-benchmark suite, as it is', () => {
  it('times with pytest-benchmark, counts with the pytest harness, and fails the test whose work grew 2 %', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-instr-pytest-'));
    copyFileSync(join(ROOT, 'fixtures-src', 'pytest', 'test_causal_bench.py'), join(dir, 'test_causal_bench.py'));
    const run = (extra: string) => {
      const r = countedRun(
        dir,
        `${python} -m pytest -q -p no:cacheprovider test_causal_bench.py -k "intervention or metric" --benchmark-json=results.json`,
        ['--instructions-command', python],
        { ...process.env, CAUSAL_EXTRA_WORK: extra },
      );
      expect(r.status === 2 ? r.stderr : '').toBe('');
      return {
        code: r.status,
        rows: (JSON.parse(r.stdout) as { results: { benchmark: string; metric: string; status: string }[] }).results.filter(
          (x) => x.metric === 'instructions',
        ),
      };
    };
    const seed = run('');
    expect(seed.rows.map((r) => r.benchmark).sort()).toEqual([
      'test_intervention_performance',
      'test_metric_computation_performance',
    ]);
    const changed = run('test_intervention_performance:1.02');
    expect(Object.fromEntries(changed.rows.map((r) => [r.benchmark, r.status]))).toEqual({
      test_intervention_performance: 'regression',
      test_metric_computation_performance: 'unchanged',
    });
    expect(changed.code).toBe(1);
  }, 600_000);
});

describe('the action with measure: instructions (dist/index.js)', () => {
  /** As the runner starts it: INPUT_* variables and a GITHUB_STEP_SUMMARY file. */
  function runAction(inputs: Record<string, string>, dir: string) {
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: dir,
    };
    writeFileSync(env.GITHUB_OUTPUT!, '');
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
    const r = spawnSync(DIST_NODE, [join(ROOT, 'dist', 'index.js')], { cwd: dir, env, encoding: 'utf8' });
    return { status: r.status, stdout: r.stdout, summary: readFileSync(summary, 'utf8') };
  }
  it('counts the suite under Valgrind, reports the rows and says what counts are; a bad input is one clear error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-instr-action-'));
    // One pure-Python loop: timed into custom JSON, or its body run N times when counted.
    writeFileSync(
      join(dir, 'suite.py'),
      [
        'import json, os, time',
        'def body():',
        '    return sum(i * i % 7 for i in range(3000))',
        'n = int(os.environ.get("CAUSAL_PERF_ITERATIONS", "0"))',
        'if n:',
        '    for _ in range(n): body()',
        'else:',
        '    t = time.perf_counter(); body(); s = time.perf_counter() - t',
        '    json.dump({"benchmarks": [{"name": "loop", "metrics": {"time": {"value": s, "unit": "s", "direction": "smaller"}}}]}, open("results.json", "w"))',
      ].join('\n'),
    );
    const r = runAction(
      {
        run: `${python} suite.py`,
        'output-file-path': 'results.json',
        measure: 'instructions',
        storage: 'none',
        comment: 'never',
        'confirm-runs': '0',
      },
      dir,
    );
    expect(r.status).toBe(0);
    expect(r.summary).toMatch(/Instructions counted under Valgrind for 1 benchmark/);
    expect(r.summary).toMatch(/Counts are work, not time/);
    expect(r.summary).toMatch(/loop[^\n]*instructions/);
    const bad = runAction({ 'output-file-path': 'results.json', measure: 'cycles', storage: 'none' }, dir);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('::error::input measure: expected one of time, instructions, got "cycles"');
  }, 300_000);
});
