/**
 * The whole pass in-process: real result files, the real layout in memory, recording channels. No
 * network and no spawned action, so most pipeline behaviour is tested here and the e2e tests stay few.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Decision } from '../src/analysis/decide.js';
import type { ResultSet } from '../src/model.js';
import { DEFAULT_RULES } from '../src/config.js';
import { HistoryReadError, InputError } from '../src/errors.js';
import type { History } from '../src/history/open.js';
import { HistoryWriteDenied, type HistoryStore } from '../src/history/types.js';
import { readTrendHash } from '../src/history/wire.js';
import type { Logger } from '../src/io/log.js';
import { runPipeline, type Job } from '../src/pipeline/index.js';
import { remeasure, suiteMeasure, undecidedRows } from '../src/pipeline/remeasure.js';
import { escalate, pairableRows } from '../src/pipeline/escalate.js';
import { decide } from '../src/analysis/decide.js';
import { readResultFiles } from '../src/io/result-files.js';
import { headline, renderMarkdown } from '../src/report/markdown.js';
import type { Channel, PublishContext } from '../src/report/channels/channel.js';
import { MemoryStore } from '../test-support/memory-store.js';
import { gaussian, patternSeed, rng, suiteHistory } from '../bench/simulate.js';
import { FIXTURES } from './helpers.js';

const PYTEST = join(FIXTURES, 'pytest');
const BASE = 'pytest-benchmark-5.2.3.json';
const RUN2 = 'pytest-benchmark-5.2.3-run2.json';

function recorder() {
  const lines: string[] = [];
  const log: Logger = { info: (m) => lines.push(`info: ${m}`), warn: (m) => lines.push(`warn: ${m}`) };
  return { lines, log };
}

function recordingChannel(
  what: string,
  seen: { what: string; decision: Decision; context: PublishContext }[],
  fail?: Error,
  required = false,
): Channel {
  return {
    what,
    required,
    async publish(decision, context) {
      seen.push({ what, decision, context });
      if (fail) throw fail;
    },
  };
}

function historyOf(store: HistoryStore, extra: Partial<History> = {}): History & { closed: number } {
  const h = {
    read: store,
    write: [{ where: 'memory', store }],
    describe: 'memory',
    closed: 0,
    close: async () => void h.closed++,
    ...extra,
  };
  return h;
}

/** Pushes to main, recorded in one in-memory history: push i records commit `<i>aaa…`, a minute after the last. */
function mainBranch() {
  const store = new MemoryStore();
  let minute = 0;
  const deps = {
    openHistory: async () => historyOf(store),
    channels: [],
    clock: () => new Date(Date.UTC(2026, 5, 4, 0, minute++)),
    log: recorder().log,
  };
  const push = (i: number, measured: ResultSet) =>
    runPipeline(
      {
        name: 'causal gym',
        rules: DEFAULT_RULES,
        head: { measured },
        baseline: { from: 'history', branch: 'main' },
        record: { commit: { sha: `${i}`.padEnd(40, 'a') }, branch: 'main', event: 'push', runId: `r${i}` },
      },
      deps,
    );
  return { store, deps, push };
}

/** Runs of `n` benchmarks b0…, each 1 % noisy around its own time, times `factor` of its index. */
function quietSuite(n: number, seed: number) {
  const r = rng(seed);
  return (factor: (i: number) => number): ResultSet => ({
    benchmarks: Array.from({ length: n }, (_, i) => ({
      name: `b${i}`,
      metrics: {
        time: { value: 1e-3 * (1 + i) * factor(i) * Math.exp(0.01 * gaussian(r)), unit: 's', direction: 'smaller' as const },
      },
    })),
  });
}

let n = 0;
const job = (file: string, extra: Partial<Job> = {}): Job => ({
  name: 'causal gym',
  rules: DEFAULT_RULES,
  head: { results: { patterns: [file], cwd: PYTEST, missing: (p) => `no file matches "${p}"` } },
  baseline: { from: 'history', branch: 'main' },
  record: { commit: { sha: `${++n}`.padStart(40, '0') }, branch: 'main', event: 'push', runId: String(n) },
  ...extra,
});
const clock = () => new Date(Date.UTC(2026, 5, 1, 12, n));

describe('runPipeline', () => {
  it('decides against the stored runs, publishes in order, then records the compacted run', async () => {
    const store = new MemoryStore();
    const seen: { what: string; decision: Decision; context: PublishContext }[] = [];
    const { lines, log } = recorder();
    const history = historyOf(store);
    const deps = {
      openHistory: async () => history,
      channels: [recordingChannel('a', seen), recordingChannel('b', seen)],
      clock,
      log,
    };
    const first = await runPipeline(job(BASE), deps);
    expect(first.decision.baseline_runs).toBe(0);
    expect(first.recordedIn).toEqual(['memory']);
    const second = await runPipeline(job(RUN2), deps);
    expect(second.decision.baseline_runs).toBe(1);
    expect(seen.map((s) => s.what)).toEqual(['a', 'b', 'a', 'b']);
    expect(seen[3]?.decision).toBe(second.decision);
    // History holds the run statistic, its spread and count, never the raw samples.
    const stored = store.appended[1]?.results.benchmarks[0]?.metrics.time;
    const parsed = second.head.benchmarks[0]?.metrics.time;
    expect(parsed?.samples?.length).toBeGreaterThan(2);
    expect(stored?.samples).toBeUndefined();
    expect(stored?.n).toBe(parsed?.samples?.length);
    expect(stored?.stddev).toBeGreaterThan(0);
    expect(lines).toContain('info: Baseline: 1 runs of main from the memory.');
    expect(lines).toContain('info: Recorded this run in the memory.');
    expect(history.closed).toBe(2);
  });

  it('with baseline files, never opens history and records nothing', async () => {
    let opened = 0;
    const out = await runPipeline(
      job(RUN2, { baseline: { from: 'files', files: { patterns: [BASE, BASE], cwd: PYTEST, missing: () => 'none' } } }),
      { openHistory: async () => (opened++, historyOf(new MemoryStore())), channels: [], clock, log: recorder().log },
    );
    expect(out.decision.baseline_runs).toBe(2);
    expect(out.recordedIn).toEqual([]);
    expect(opened).toBe(0);
  });

  it('judges a testbed against its own runs only, and says so when the CPU model differs from the baseline’s', async () => {
    const store = new MemoryStore();
    const { lines, log } = recorder();
    const deps = { openHistory: async () => historyOf(store), channels: [], clock, log };
    const on = (testbed: string, cpu: string, file = BASE): Job => {
      const j = job(file, { baseline: { from: 'history', branch: 'main', testbed } });
      j.head = { results: { patterns: [file], cwd: PYTEST, missing: (p) => `no file matches "${p}"` }, machine: { cpu } };
      j.record = { ...j.record!, testbed, environment: { cpu } };
      return j;
    };
    for (let i = 0; i < 3; i++) await runPipeline(on('linux', 'AMD EPYC 7763 64-Core Processor'), deps);
    const windows = await runPipeline(on('windows', 'AMD EPYC 7763 64-Core Processor'), deps);
    expect(windows.decision.baseline_runs).toBe(0);
    expect(lines).toContain('info: Baseline: 0 runs of main on windows from the memory.');
    const other = await runPipeline(on('linux', 'Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz', RUN2), deps);
    expect(other.decision.baseline_runs).toBe(3);
    expect(other.decision.notes).toContain(
      "Different hardware: this run's CPU is Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz; 3 of the 3 baseline runs had AMD EPYC 7763 64-Core Processor. Differences between CPU models are not factored out; the thresholds are unchanged.",
    );
    const same = await runPipeline(on('linux', 'AMD EPYC 7763 64-Core Processor', RUN2), deps);
    expect(same.decision.notes.some((n) => n.startsWith('Different hardware'))).toBe(false);
    expect(store.appended.map((r) => r.testbed)).toEqual(['linux', 'linux', 'linux', 'windows', 'linux', 'linux']);
  });

  it('records shards of one suite on one testbed side by side; a re-run of a shard replaces only its own record', async () => {
    const store = new MemoryStore();
    const { log } = recorder();
    // Both shards finish in the same second; the re-run comes a minute later.
    let minute = 0;
    const deps = {
      openHistory: async () => historyOf(store),
      channels: [],
      clock: () => new Date(Date.UTC(2026, 5, 2, 8, minute)),
      log,
    };
    const dir = mkdtempSync(join(tmpdir(), 'cp-shards-'));
    const shard = (names: string[], value: number) => {
      const file = join(dir, `${names.join('-')}-${value}.json`);
      writeFileSync(
        file,
        JSON.stringify({
          benchmarks: names.map((name) => ({ name, metrics: { time: { value, unit: 's', direction: 'smaller' } } })),
        }),
      );
      return file;
    };
    const leg = (file: string): Job => ({
      name: 'causal gym',
      rules: DEFAULT_RULES,
      head: { results: { patterns: [file], cwd: dir, missing: (p) => p } },
      baseline: { from: 'history', branch: 'main', testbed: 'Linux-X64' },
      // Both shards: the same workflow run, job, suite and testbed, recorded in the same second.
      record: {
        commit: { sha: 'f'.repeat(40) },
        branch: 'main',
        event: 'push',
        runId: '77',
        identity: 'o/r/77/bench/causal gym/Linux-X64',
        testbed: 'Linux-X64',
      },
    });
    await runPipeline(leg(shard(['a', 'b'], 1)), deps);
    await runPipeline(leg(shard(['c', 'd'], 1)), deps);
    const stored = await store.load({ suite: 'causal gym', limit: 10 });
    expect(stored.map((r) => r.results.benchmarks.map((b) => b.name).join()).sort()).toEqual(['a,b', 'c,d']);
    // Attempt 2 of the first shard.
    minute = 1;
    await runPipeline(leg(shard(['a', 'b'], 2)), deps);
    const after = await store.load({ suite: 'causal gym', limit: 10 });
    expect(
      after
        .map((r) => `${r.results.benchmarks.map((b) => b.name).join()}=${r.results.benchmarks[0]!.metrics.time!.value}`)
        .sort(),
    ).toEqual(['a,b=2', 'c,d=1']);
  });

  /** Records one run per value on main (Linux-X64) through the pipeline, as pushes would; returns each decision. */
  /** Each value a push to main, in order; with `pullRequest`, the last one a pull request on the push before it. */
  async function pushes(values: number[], channels: Channel[] = [], pullRequest = false): Promise<Decision[]> {
    const store = new MemoryStore();
    let minute = 0;
    const deps = {
      openHistory: async () => historyOf(store),
      channels,
      clock: () => new Date(Date.UTC(2026, 5, 3, 0, minute)),
      log: recorder().log,
    };
    const decisions: Decision[] = [];
    const sha = (i: number) => String(i).padStart(3, '0').padEnd(40, 'c');
    for (const [i, value] of values.entries()) {
      minute = i;
      const asPullRequest = pullRequest && i === values.length - 1;
      const out = await runPipeline(
        {
          name: 'causal gym',
          rules: DEFAULT_RULES,
          head: { measured: { benchmarks: [{ name: 'dag', metrics: { time: { value, unit: 's', direction: 'smaller' } } }] } },
          ...(asPullRequest
            ? { baseline: { from: 'history', branch: 'main', testbed: 'Linux-X64', untilShas: [sha(i - 1)], pullRequest: true } }
            : {
                baseline: { from: 'history', branch: 'main', testbed: 'Linux-X64' },
                record: { commit: { sha: sha(i) }, branch: 'main', event: 'push', runId: String(i), testbed: 'Linux-X64' },
              }),
        },
        deps,
      );
      decisions.push(out.decision);
    }
    return decisions;
  }

  it('reports a creep the gate never flagged (five +3 % commits) on the runs that make it visible or show it grew, not on every run', async () => {
    const r = rng(11);
    const steps = [30, 33, 36, 39, 42];
    const decisions = await pushes(
      Array.from({ length: 70 }, (_, i) => 1e-3 * (1 + 0.01 * gaussian(r)) * 1.03 ** steps.filter((s) => i >= s).length),
    );
    // No single commit fails the gate.
    expect(decisions.every((d) => d.verdict === 'pass')).toBe(true);
    const reported = decisions.filter((d) => d.drift?.length);
    expect(reported.length).toBeGreaterThanOrEqual(1);
    expect(reported.length).toBeLessThanOrEqual(6);
    // Some report sees most of the creep at once: its steps multiply to more than +10 %.
    const totals = reported.map((d) => d.drift!.reduce((p, c) => p * c.ratio, 1));
    expect(Math.max(...totals)).toBeGreaterThan(1.1);
    for (const c of reported.flatMap((d) => d.drift!)) {
      expect(Number(c.from_sha.slice(0, 3))).toBeGreaterThanOrEqual(28);
      expect(Number(c.to_sha.slice(0, 3))).toBeLessThanOrEqual(44);
      expect(c).toMatchObject({ benchmark: 'dag', metric: 'time', testbed: 'Linux-X64', flagged_by_gate: false, unit: 's' });
    }
    const md = renderMarkdown(reported[0]!, { name: 'causal gym' });
    expect(md).toMatch(/\*\*Drift since `\d{3}c{7}`\*\* \(level changes in this branch's history that no single run failed\)/);
    expect(md).toMatch(
      /- `dag` time on Linux-X64: [\d.]+ (µs|ms) → [\d.]+ ms \(\+\d+(\.\d)? %, .*\) between `\d{3}c{7}` and `\d{3}c{7}`/,
    );
  }, 60_000);

  it('a push confirms the step the push before it brought, when that one run could not decide; a pull request is not blamed for it', async () => {
    // 100 benchmarks; each stored run has one of them (a different one each time) 30 % off for that run.
    const suite = quietSuite(100, 5);
    const { store, deps, push: pushRun } = mainBranch();
    const push = (i: number, factor: (b: number) => number) => pushRun(i, suite(factor));
    for (let i = 0; i < 20; i++) await push(i, (b) => (b === 10 + i ? 1.3 : 1));
    const step = await push(20, (b) => (b === 3 ? 1.25 : 1));
    expect(step.decision.verdict).toBe('pass');
    expect(step.decision.results.find((x) => x.benchmark === 'b3')?.status).toBe('inconclusive');
    // The run's record keeps what its push left undecided, with the exact figures and the runner it
    // read: the next push confirms the step from it without judging that run again.
    const stored = (await historyOf(store).read!.load({ suite: 'causal gym', branch: 'main', limit: 1 })).at(-1)!;
    const b3 = step.decision.results.find((x) => x.benchmark === 'b3')!;
    expect(stored.flagged?.find((f) => f.benchmark === 'b3')).toEqual({
      benchmark: 'b3',
      metric: 'time',
      status: 'inconclusive',
      ratio: b3.ratio,
      measured: b3.measured_ratio,
      pending: true,
    });
    expect(stored.runner).toEqual({
      shift: step.decision.runner!.shift,
      applied: step.decision.runner!.applied_shift,
      unusual: step.decision.runner!.unusual,
    });
    // A pull request on top of that step: its base already holds it.
    const pr = await runPipeline(
      {
        name: 'causal gym',
        rules: DEFAULT_RULES,
        head: { measured: suite((b) => (b === 3 ? 1.25 : 1)) },
        baseline: { from: 'history', branch: 'main', untilShas: ['20'.padEnd(40, 'a')], pullRequest: true },
      },
      deps,
    );
    expect(pr.decision.verdict).toBe('pass');
    const prRow = pr.decision.results.find((x) => x.benchmark === 'b3')!;
    expect(prRow).toMatchObject({ status: 'inconclusive', fails: false });
    expect(prRow.reason).toContain("the base branch's newest run (20aaaaa)");
    const next = await push(21, (b) => (b === 3 ? 1.25 : 1));
    const row = next.decision.results.find((x) => x.benchmark === 'b3')!;
    expect(next.decision.verdict).toBe('fail');
    expect(row).toMatchObject({ status: 'regression', fails: true });
    expect(row.reason).toContain('the previous run (20aaaaa)');
  }, 60_000);

  it('a re-run of a failed push on the same commit fails again; the next commit is judged against the step', async () => {
    const suite = quietSuite(10, 11);
    const { push, store } = mainBranch();
    const unchanged = () => suite(() => 1);
    for (let i = 0; i < 20; i++) await push(i, unchanged());
    const slow = () => suite((b) => (b === 3 ? 1.5 : 1));
    const failed = await push(20, slow());
    expect(failed.decision.results.find((x) => x.benchmark === 'b3')).toMatchObject({ status: 'regression', fails: true });
    // "Re-run jobs" on commit 20: the same code measured again, recorded as a second run of that commit.
    const rerun = await push(20, slow());
    expect(rerun.decision.verdict).toBe('fail');
    const row = rerun.decision.results.find((x) => x.benchmark === 'b3')!;
    expect(row).toMatchObject({ status: 'regression', fails: true });
    expect(row.reason).toContain('the previous run (20aaaaa), which measured this same commit');
    // The next commit is judged against the level the failure made its baseline: not blamed for it.
    const next = await push(21, slow());
    expect(next.decision.results.find((x) => x.benchmark === 'b3')!.fails).toBe(false);
    // Commit 20's job re-run once more, now that push 21 follows it: judged against the runs up to its
    // own, as then, and not recorded after push 21.
    const stored = store.appended.length;
    const late = await push(20, slow());
    expect(late.decision.results.find((x) => x.benchmark === 'b3')).toMatchObject({ status: 'regression', fails: true });
    expect(late.decision.notes.join(' ')).toMatch(/A re-run of 20aaaaa, which 1 newer run of main follow/);
    expect(late.recordedIn).toEqual([]);
    expect(store.appended.length).toBe(stored);
  }, 60_000);

  it('keeps the odds of a slower-machine doubt in the run record, and the next push weighs both runs', async () => {
    // 20 benchmarks on CI-like runners; from push 50 the first 10 are 30 % slower (decide.test.ts has
    // the same history: push 50 reads as "these 10 slower" or "a slower machine, the others faster").
    const runs = suiteHistory(10 * 7919 + 13, 52, (b, p) => (b < 10 && p >= 50 ? 1.3 : 1));
    const { store, push: pushRun } = mainBranch();
    const push = (i: number) => pushRun(i, runs[i]!);
    for (let i = 0; i < 50; i++) await push(i);
    const step = await push(50);
    expect(step.decision.verdict).toBe('pass');
    expect(step.decision.runner).toMatchObject({ slower_set_aside: true });
    const stored = (await historyOf(store).read!.load({ suite: 'causal gym', branch: 'main', limit: 1 })).at(-1)!;
    expect(stored.runner?.slower).toBe(step.decision.runner!.slower_odds);
    const next = await push(51);
    const failed = next.decision.results.filter((r) => r.fails).map((r) => r.benchmark);
    expect(failed.sort()).toEqual(Array.from({ length: 10 }, (_, b) => `bench_${b}`).sort());
    expect(next.decision.results.find((r) => r.fails)!.reason).toContain('the previous run (50aaaaa)');
  }, 60_000);

  it('keeps the odds of a rare slower machine in the run record, and the next push fails most of the suite it slowed', async () => {
    // decide.test.ts' "most of the suite" history: from push 50, 14 of 20 benchmarks 30 % slower; that
    // push reads as a machine far slower than this history's runners, on which the other six got faster.
    const seed = patternSeed('most of the suite (14 of 20) +30 %', 1);
    const runs = suiteHistory(seed, 52, (b, p) => (b < 14 && p >= 50 ? 1.3 : 1));
    const { store, push: pushRun } = mainBranch();
    const push = (i: number) => pushRun(i, runs[i]!);
    for (let i = 0; i < 50; i++) await push(i);
    const step = await push(50);
    expect(step.decision.verdict).toBe('pass');
    const stored = (await historyOf(store).read!.load({ suite: 'causal gym', branch: 'main', limit: 1 })).at(-1)!;
    expect(stored.runner?.lower).toBe(step.decision.runner!.lower_odds);
    const next = await push(51);
    const failed = next.decision.results.filter((r) => r.fails).map((r) => Number(r.benchmark.slice(6)));
    expect(failed.length).toBeGreaterThanOrEqual(12);
    expect(failed.every((b) => b < 14)).toBe(true);
    expect(next.decision.results.find((r) => r.fails)!.reason).toContain('the previous run (50aaaaa)');
  }, 60_000);

  it("remembers a benchmark's spikes from before the baseline window: its next one-run spike is not failed", async () => {
    const r = rng(23);
    // 40 pushes, then a push 1.8× slower for one run; in the first series the benchmark was 1.9× slower
    // twice before, 20–40 pushes back (outside the 20-run baseline, inside the 60 runs a recording push reads).
    const series = (spikes: number[]) =>
      Array.from({ length: 41 }, (_, i) => 1e-3 * (i === 40 ? 1.8 : spikes.includes(i) ? 1.9 : 1) * Math.exp(0.01 * gaussian(r)));
    const spiky = await pushes(series([5, 14]));
    expect(spiky[5]!.verdict).toBe('fail');
    expect(spiky.at(-1)!.verdict).toBe('pass');
    expect(spiky.at(-1)!.results[0]).toMatchObject({ status: 'inconclusive', fails: false });
    const calm = await pushes(series([]));
    expect(calm.at(-1)!.verdict).toBe('fail');
    // A pull request on top of those pushes reads as far back in its one read of the base's runs.
    const spikyPr = await pushes(series([5, 14]), [], true);
    expect(spikyPr.at(-1)!.results[0]).toMatchObject({ status: 'inconclusive', fails: false });
    expect((await pushes(series([]), [], true)).at(-1)!.verdict).toBe('fail');
  }, 60_000);

  it('lists a step merged over a failing check as an open regression on every later push, until it is reverted', async () => {
    const r = rng(14);
    const level = (i: number) => (i >= 20 && i < 30 ? 1.3 : 1);
    const decisions = await pushes(Array.from({ length: 34 }, (_, i) => 1e-3 * level(i) * (1 + 0.01 * gaussian(r))));
    expect(decisions[20]!.verdict).toBe('fail');
    // From six runs at the new level (what the change-point search needs after twenty at the old one:
    // five all above twenty read p = 7.6e-4, past its 0.0005), every push lists it, naming the
    // commit that brought it.
    expect(decisions[24]!.open_regressions).toBeUndefined();
    for (const d of decisions.slice(25, 30)) {
      expect(d.open_regressions).toHaveLength(1);
      expect(d.open_regressions![0]).toMatchObject({ benchmark: 'dag', metric: 'time', flagged_by_gate: true });
      expect(d.open_regressions![0]!.to_sha.startsWith('020')).toBe(true);
    }
    expect(renderMarkdown(decisions[25]!)).toMatch(
      /\*\*Open regressions \(1\)\*\*[\s\S]*`dag` time on Linux-X64: .*\(\+3\d %.*since `020c{7}`.*merged over a failing check/,
    );
    // Reverted at push 30: four runs later nothing is open.
    expect(decisions.at(-1)!.open_regressions).toBeUndefined();
  }, 60_000);

  it('reports no drift on a stationary noisy series with outliers', async () => {
    const r = rng(12);
    const decisions = await pushes(Array.from({ length: 70 }, () => 1e-3 * (1 + 0.05 * gaussian(r)) * (r() < 0.04 ? 2 : 1)));
    expect(decisions.filter((d) => d.drift)).toEqual([]);
  }, 60_000);

  it('a best-effort channel that fails warns once; the verdict and the later channels stand', async () => {
    const store = new MemoryStore();
    const seen: { what: string; decision: Decision; context: PublishContext }[] = [];
    const { lines, log } = recorder();
    const out = await runPipeline(job(BASE), {
      openHistory: async () => historyOf(store),
      channels: [recordingChannel('post the comment', seen, new Error('HTTP 502')), recordingChannel('set outputs', seen)],
      clock,
      log,
    });
    expect(out.decision.verdict).toBe('pass');
    expect(seen.map((s) => s.what)).toEqual(['post the comment', 'set outputs']);
    expect(lines.filter((l) => l.startsWith('warn:'))).toEqual([
      'warn: could not post the comment: HTTP 502. The verdict stands; the other reports carry it.',
    ]);
    expect(store.appended).toHaveLength(1);
  });

  it('a required channel that fails fails the run before anything is recorded', async () => {
    const store = new MemoryStore();
    const history = historyOf(store);
    await expect(
      runPipeline(job(BASE), {
        openHistory: async () => history,
        channels: [recordingChannel('write the report files', [], new Error('ENOSPC'), true)],
        clock,
        log: recorder().log,
      }),
    ).rejects.toThrow('ENOSPC');
    expect(store.files.size).toBe(0);
    expect(history.closed).toBe(1);
  });

  it('retries a history read that fails once, and judges against the runs it then reads', async () => {
    const { lines, log } = recorder();
    const store = new MemoryStore();
    const deps = { openHistory: async () => historyOf(store), channels: [], clock, log: recorder().log };
    for (const f of [BASE, RUN2, BASE]) await runPipeline(job(f), deps);
    let calls = 0;
    const flaky: HistoryStore = {
      load: async (q) => {
        if (++calls === 1) throw new Error('HTTP 500');
        return store.load(q);
      },
      append: async () => true,
    };
    const out = await runPipeline(job(RUN2, { record: undefined }), {
      openHistory: async () => historyOf(flaky, { describe: 'gh-pages branch' }),
      channels: [],
      clock,
      log,
    });
    expect(out.decision.baseline_runs).toBe(3);
    expect(lines).toContain('warn: could not read the benchmark history from the gh-pages branch: HTTP 500; retrying');
  });

  it('an unreadable history ends the run with a clear error, never a pass against an empty baseline (#26 item 7)', async () => {
    let appended = 0;
    const broken: HistoryStore = {
      load: async () => {
        throw new Error('connection reset');
      },
      append: async () => (appended++, true),
    };
    const run = runPipeline(job(join(PYTEST, 'pytest-benchmark-5.2.3-slow.json')), {
      openHistory: async () => historyOf(broken, { describe: 'gh-pages branch' }),
      channels: [],
      clock,
      log: recorder().log,
    });
    await expect(run).rejects.toThrow(HistoryReadError);
    await expect(run).rejects.toThrow(
      /could not read the benchmark history from the gh-pages branch \(3 attempts; last: connection reset\)\. The run is not judged against an empty baseline/,
    );
    expect(appended).toBe(0);
  });

  it('a denied push says which permission is missing, by error type; the verdict stands', async () => {
    const { lines, log } = recorder();
    const denied: HistoryStore = {
      load: async () => [],
      append: async () => {
        throw new HistoryWriteDenied('could not push history to gh-pages: HTTP 403');
      },
    };
    const other: HistoryStore = {
      load: async () => [],
      append: async () => {
        throw new Error('disk full');
      },
    };
    const out = await runPipeline(job(BASE), {
      openHistory: async () => ({
        ...historyOf(denied),
        write: [
          { where: 'gh-pages branch', store: denied },
          { where: 'Actions cache', store: other },
        ],
      }),
      channels: [],
      clock,
      log,
    });
    expect(out.recordedIn).toEqual([]);
    expect(lines).toContain(
      `warn: could not record this run in the gh-pages branch: could not push history to gh-pages: HTTP 403 (the token needs \`contents: write\` to push to the history branch). The verdict stands; history is unchanged and does not have this run (causal gym at 000000000000).`,
    );
    expect(lines.filter((l) => l.startsWith('warn: could not record this run in the Actions cache: disk full.'))).toHaveLength(1);
  });

  it('cuts a pull request baseline at its base commit, and says so when history lacks it', async () => {
    const store = new MemoryStore();
    const deps = { openHistory: async () => historyOf(store), channels: [], clock, log: recorder().log };
    const shas: string[] = [];
    for (let i = 0; i < 4; i++) shas.push((await runPipeline(job(i % 2 ? RUN2 : BASE), deps)) && `${n}`.padStart(40, '0'));
    const pr = (untilShas: string[]) =>
      runPipeline(
        job(RUN2, { record: undefined, baseline: { from: 'history', branch: 'main', untilShas, pullRequest: true } }),
        deps,
      );
    const cut = await pr([shas[1] as string]);
    expect(cut.decision.baseline_runs).toBe(2);
    expect(cut.decision.notes.join(' ')).not.toMatch(/no run of the pull request's base commit/);
    const missing = await pr(['f'.repeat(40)]);
    expect(missing.decision.baseline_runs).toBe(4);
    expect(missing.decision.notes).toContain(
      "History has no run of the pull request's base commit; the baseline is main's newest runs.",
    );
  });

  it('a failing suite fails with its flag before history is opened', async () => {
    let opened = 0;
    const dir = mkdtempSync(join(tmpdir(), 'cp-pipeline-'));
    writeFileSync(join(dir, 'r.json'), '{}');
    const failing = job('r.json', {
      head: {
        suite: { command: 'echo out; exit 7', cwd: dir, flag: 'run' },
        results: { patterns: ['r.json'], cwd: dir, missing: () => '' },
      },
    });
    const output: string[] = [];
    const run = runPipeline(failing, {
      openHistory: async () => (opened++, historyOf(new MemoryStore())),
      channels: [],
      clock,
      log: recorder().log,
      suiteOutput: (t) => output.push(t),
    });
    await expect(run).rejects.toThrow(InputError);
    await expect(run).rejects.toThrow('run: the benchmark command exited with code 7: echo out; exit 7');
    expect(output.join('')).toBe('out\n');
    expect(opened).toBe(0);
  });

  it('links the reports to the history’s trend page in the page’s own hash format', async () => {
    const seen: { what: string; decision: Decision; context: PublishContext }[] = [];
    await runPipeline(job(BASE, { record: undefined }), {
      openHistory: async () => historyOf(new MemoryStore(), { trendUrl: 'https://o.github.io/r/perf/' }),
      channels: [recordingChannel('look', seen)],
      clock,
      log: recorder().log,
    });
    const links = seen[0]?.context.links;
    expect(links?.trendUrl).toBe('https://o.github.io/r/perf/#suite=causal+gym');
    const link = links?.benchmarkLink?.('test_dag_creation_performance') ?? '';
    const state = readTrendHash(new URL(link).hash);
    expect(state.suite).toBe('causal gym');
    expect(state.b).toMatch(/^test_dag_creation_performance-[0-9a-f]{10}$/);
  });

  describe('confirm-runs', () => {
    const SLOW = join(PYTEST, 'pytest-benchmark-5.2.3-slow.json');
    async function seeded() {
      const store = new MemoryStore();
      const deps = { openHistory: async () => historyOf(store), channels: [], clock, log: recorder().log };
      for (const f of [BASE, RUN2, BASE, RUN2]) await runPipeline(job(f), deps);
      return store;
    }
    /** A suite whose first run writes `first` and later runs `later`; it logs the names it was asked to re-run. */
    function suite(first: string, later: string) {
      const dir = mkdtempSync(join(tmpdir(), 'cp-confirm-'));
      const command = `n=$(cat count 2>/dev/null || echo 0); n=$((n+1)); echo $n > count; if [ $n -eq 1 ]; then cp '${first}' r.json; else cp '${later}' r.json; fi; printf '%s|' "$CAUSAL_PERF_BENCHMARKS" >> names.txt; printf '%s|' "$CP_JOB_MARK" >> marks.txt`;
      const results = { patterns: ['r.json'], cwd: dir, missing: () => 'none' };
      return { dir, suite: { command, cwd: dir, flag: 'run' }, results };
    }
    it('clears a regression that one noisy run made up, re-running only the undecided benchmarks', async () => {
      const store = await seeded();
      const s = suite(SLOW, join(PYTEST, RUN2));
      const { lines, log } = recorder();
      const out = await runPipeline(
        job(RUN2, { record: undefined, head: { suite: s.suite, results: s.results }, confirm: { runs: 2, ...s } }),
        { openHistory: async () => historyOf(store), channels: [], clock, log },
      );
      expect(lines.some((l) => /Re-measuring \d+ undecided rows? \(\d+ benchmarks?\): run 2 of at most 3/.test(l))).toBe(true);
      expect(out.decision.verdict).toBe('pass');
      const row = out.decision.results.find((r) => r.benchmark === 'test_intervention_performance' && r.metric === 'time')!;
      expect(row.fails).toBe(false);
      expect(row.head_runs).toBeGreaterThanOrEqual(2);
      expect(out.decision.notes[0]).toMatch(/^Re-measured \d+ benchmarks? in [12] more runs? of the suite/);
      expect(out.decision.remeasured).toMatchObject({ budget: 2 });
      // Each re-run names the benchmarks still undecided, the slowed one first time round, never the whole suite.
      const asked = readFileSync(join(s.dir, 'names.txt'), 'utf8').split('|').slice(1, -1);
      expect(asked[0]).toContain('test_intervention_performance');
      for (const names of asked) expect(names.split('\n').length).toBeLessThan(out.head.benchmarks.length);
    });
    it('runs the suite again with the environment of its first run (a variable the job set reaches every run)', async () => {
      const store = await seeded();
      const s = suite(SLOW, SLOW);
      process.env.CP_JOB_MARK = 'slow-path-on';
      try {
        await runPipeline(
          job(RUN2, { record: undefined, head: { suite: s.suite, results: s.results }, confirm: { runs: 2, ...s } }),
          { openHistory: async () => historyOf(store), channels: [], clock, log: recorder().log },
        );
      } finally {
        delete process.env.CP_JOB_MARK;
      }
      const marks = readFileSync(join(s.dir, 'marks.txt'), 'utf8').split('|').slice(0, -1);
      expect(marks.length).toBeGreaterThan(1);
      for (const m of marks) expect(m).toBe('slow-path-on');
    });
    it('confirms a regression that persists, as a figure of several runs of this job', async () => {
      const store = await seeded();
      const s = suite(SLOW, SLOW);
      const out = await runPipeline(
        job(RUN2, { record: undefined, head: { suite: s.suite, results: s.results }, confirm: { runs: 2, ...s } }),
        { openHistory: async () => historyOf(store), channels: [], clock, log: recorder().log },
      );
      expect(out.decision.verdict).toBe('fail');
      const row = out.decision.results.find((r) => r.fails)!;
      expect(row.benchmark).toBe('test_intervention_performance');
      expect(row.head_runs).toBeGreaterThanOrEqual(2);
      expect(row.settled).toBe(true);
      expect(row.reason).toMatch(/median of \d runs of this job/);
    });
    it('re-measures an inconclusive row instead of passing it (the busy-machine +200 %)', async () => {
      // One prior run: a +66 % benchmark is past the limit but inside the wide prior noise.
      const store = new MemoryStore();
      const deps = { openHistory: async () => historyOf(store), channels: [], clock, log: recorder().log };
      await runPipeline(job(BASE), deps);
      const first = await runPipeline(job(SLOW, { record: undefined }), deps);
      const before = first.decision.results.find((r) => r.benchmark === 'test_intervention_performance' && r.metric === 'time')!;
      expect(before.status).toBe('inconclusive');
      const s = suite(SLOW, SLOW);
      const out = await runPipeline(
        job(RUN2, { record: undefined, head: { suite: s.suite, results: s.results }, confirm: { runs: 4, ...s } }),
        deps,
      );
      const after = out.decision.results.find((r) => r.benchmark === 'test_intervention_performance' && r.metric === 'time')!;
      expect(after.status).not.toBe('unchanged');
      expect(after.head_runs).toBeGreaterThan(1);
      expect(out.decision.remeasured!.runs).toBeGreaterThan(0);
      if (after.status === 'inconclusive') {
        // Budget spent: said as such, in the row and in the header.
        expect(after.reason).toMatch(/Still undecided after 4 more runs of this job: the budget of 4 runs/);
        expect(headline(out.decision).text).toMatch(/4 more runs of the budget of 4 did not settle it/);
      } else expect(after.fails).toBe(true);
    });
    it('spends no extra run when nothing is undecided', async () => {
      const s = suite(join(PYTEST, RUN2), join(PYTEST, RUN2));
      const out = await runPipeline(
        job(RUN2, {
          record: undefined,
          head: { suite: s.suite, results: s.results },
          confirm: { runs: 3, ...s },
          baseline: { from: 'runs', runs: [] },
        }),
        { channels: [], clock, log: recorder().log },
      );
      expect(out.decision.remeasured).toBeUndefined();
      expect(readFileSync(join(s.dir, 'count'), 'utf8').trim()).toBe('1');
    });
    it('stops at the time cap and says so', async () => {
      const s = suite(join(PYTEST, RUN2), join(PYTEST, RUN2));
      const window = await Promise.all([BASE, RUN2, BASE, RUN2].map((f) => readResultFiles([join(PYTEST, f)])));
      const measured = await readResultFiles([SLOW]);
      const first = decide(measured, window, DEFAULT_RULES);
      expect(undecidedRows(first).length).toBeGreaterThan(0);
      let t = 0;
      const plan = { runs: 5, maxMinutes: 10, ...s };
      const deps = { log: recorder().log, now: () => (t += 8 * 60_000) };
      const { decision, summary } = await remeasure(plan, suiteMeasure(plan, deps), measured, window, DEFAULT_RULES, first, deps);
      expect(summary!.stopped).toBe('time');
      expect(summary!.runs).toBeLessThan(5);
      expect(decision.notes[0]).toMatch(/the time limit \(confirm-max-minutes\) was reached/);
    });
  });
});

describe('escalate (confirm-ab): the paired verdict for rows the job could not decide', () => {
  /** What measureAb returns for these rounds, the pooled head beside them. */
  const outcome = async (
    rounds: { base: ResultSet; head: ResultSet }[],
    head: ResultSet,
    seconds: number,
    stoppedBy: 'decided' | 'max-rounds' = 'decided',
  ) => {
    const { decidePaired } = await import('../src/analysis/paired.js');
    return { rounds, head, decision: decidePaired(rounds, DEFAULT_RULES, head), decidedAfter: new Map(), seconds, stoppedBy };
  };
  /** Benchmark a at `f` times the base speed, b at `fb`. */
  const run = (f: number, fb = 1): import('../src/model.js').ResultSet => ({
    benchmarks: ['a', 'b'].map((name) => ({
      name,
      metrics: {
        time: {
          value: name === 'a' ? f : fb,
          unit: 's',
          direction: 'smaller' as const,
          samples: [0.98, 0.99, 1, 1.01, 1.02].map((k) => k * (name === 'a' ? f : fb)),
        },
      },
    })),
  });
  const first = decide(
    run(1.6),
    Array.from({ length: 10 }, () => run(1)),
    DEFAULT_RULES,
  );

  it('replaces only the undecided rows with the paired ones, and says what it spent', async () => {
    expect(undecidedRows(first).map((r) => r.benchmark)).toEqual(['a']);
    expect(pairableRows(first).map((r) => r.benchmark)).toEqual(['a']);
    const asked: string[][] = [];
    const { log } = recorder();
    const pairedHead = run(1);
    const d = await escalate(
      first,
      async () => ({
        baseSha: 'b'.repeat(40),
        measure: async (names, follow) => {
          asked.push(names);
          expect(follow!({ benchmark: 'a', metric: 'time', enforced: true })).toBe(true);
          expect(follow!({ benchmark: 'b', metric: 'time', enforced: true })).toBe(false);
          return outcome(
            [0, 1, 2].map(() => ({ base: run(1), head: run(1) })),
            pairedHead,
            12,
          );
        },
      }),
      log,
    );
    expect(asked).toEqual([['a']]);
    const a = d.results.find((r) => r.benchmark === 'a')!;
    expect(a).toMatchObject({ status: 'unchanged', fails: false });
    expect(a.reason).toMatch(/Same as the base commit in all 3 rounds.*against the history alone: regression, \+60 %/);
    expect(d.results.find((r) => r.benchmark === 'b')).toEqual(first.results.find((r) => r.benchmark === 'b'));
    expect(d.verdict).toBe('pass');
    expect(d.paired).toMatchObject({ rounds: 3, benchmarks: ['a'], undecided: 0, stopped: 'decided' });
    expect(d.notes[0]).toMatch(/^Paired base\/head rounds: 3 rounds of the base commit bbbbbbb/);
  });

  it('also pairs a row within its limit that the job could not clear of it: two prior runs say too little', async () => {
    const short = decide(run(1.6), [run(1), run(1)], DEFAULT_RULES);
    const b = short.results.find((r) => r.benchmark === 'b')!;
    // b measured the same as its baseline, but two prior runs leave +10 % inside what the noise could hide.
    expect(b).toMatchObject({ status: 'unchanged', settled: true, pairable: true });
    expect(undecidedRows(short).map((r) => r.benchmark)).toEqual(['a']);
    expect(pairableRows(short).map((r) => r.benchmark)).toEqual(['a', 'b']);
    const { log } = recorder();
    const asked: string[][] = [];
    const d = await escalate(
      short,
      async () => ({
        baseSha: 'c'.repeat(40),
        measure: async (names) => {
          asked.push(names);
          // The head is 1.6× slower in a, and b 1.3×: the paired rounds see what two prior runs could not.
          return outcome(
            [0, 1, 2].map(() => ({ base: run(1), head: run(1.6, 1.3) })),
            run(1.6, 1.3),
            5,
          );
        },
      }),
      log,
    );
    expect(asked).toEqual([['a', 'b']]);
    expect(d.results.find((r) => r.benchmark === 'b')).toMatchObject({ status: 'regression', fails: true });
    expect(d.results.find((r) => r.benchmark === 'b')!.reason).toMatch(/against the history alone: unchanged/);
    expect(d.verdict).toBe('fail');
  });

  it('a whole suite slower together, read as a slower machine, fails once the paired rounds see the base faster', async () => {
    // Ten benchmarks whose runners vary ±8 %; the head measured every one +25 % on a usual runner.
    const rand = rng(11);
    const suite = (f: number, runner: number): ResultSet => ({
      benchmarks: Array.from({ length: 10 }, (_, i) => ({
        name: `b${i}`,
        metrics: {
          time: {
            value: 1e-3 * (1 + i) * f * runner * Math.exp(0.01 * gaussian(rand)),
            unit: 's',
            direction: 'smaller' as const,
          },
        },
      })),
    });
    const history = Array.from({ length: 20 }, () => suite(1, Math.exp(0.08 * gaussian(rand))));
    const first = decide(suite(1.25, 1), history, DEFAULT_RULES);
    expect(first.verdict).toBe('pass');
    expect(undecidedRows(first)).toEqual([]);
    expect(pairableRows(first)).toHaveLength(10);
    const { log } = recorder();
    const d = await escalate(
      first,
      async () => ({
        baseSha: 'd'.repeat(40),
        measure: async () => {
          // Base and head alternate on one runner (here a slow one): the head is 1.25× in every round.
          return outcome(
            [0, 1, 2, 3].map(() => ({ base: suite(1, 1.3), head: suite(1.25, 1.3) })),
            suite(1.25, 1.3),
            8,
          );
        },
      }),
      log,
    );
    expect(d.verdict).toBe('fail');
    for (const r of d.results) {
      expect(r).toMatchObject({ status: 'regression', fails: true });
      expect(r.reason).toMatch(/against the history alone: unchanged/);
    }
  });

  it('a confirmed failure sent to the rounds stands where they settle nothing, and passes where they clear it', async () => {
    // What decide() does with a failure that rests on how much of the job's shared move the runner
    // correction took out: failing, confirmed by the job's runs, and pairable.
    const confirmed = {
      ...first,
      results: first.results.map((r) => (r.benchmark === 'a' ? { ...r, settled: true, pairable: true } : r)),
    };
    expect(pairableRows(confirmed).map((r) => r.benchmark)).toEqual(['a']);
    const pairedWith = (heads: number[]) =>
      escalate(
        confirmed,
        async () => ({
          baseSha: 'd'.repeat(40),
          measure: () =>
            outcome(
              heads.map((h) => ({ base: run(1), head: run(h) })),
              run(heads[0]!),
              3,
              'max-rounds',
            ),
        }),
        recorder().log,
      );
    // Rounds that scatter from −5 to +30 % settle nothing: the failure stands, and says so.
    const scattered = await pairedWith([1.3, 0.95, 1.15]);
    const a = scattered.results.find((r) => r.benchmark === 'a')!;
    expect(a).toMatchObject({ status: 'regression', fails: true });
    expect(a.reason).toMatch(/Paired rounds against the base commit ddddddd could not decide it \(/);
    expect(scattered.verdict).toBe('fail');
    // Rounds that agree base and head are the same clear it.
    const cleared = await pairedWith([1, 1, 1]);
    expect(cleared.results.find((r) => r.benchmark === 'a')).toMatchObject({ status: 'unchanged', fails: false });
    expect(cleared.verdict).toBe('pass');
  });

  it('keeps the rows as they were, with a warning, when the paired rounds cannot run', async () => {
    const { lines, log } = recorder();
    const d = await escalate(
      first,
      async () => {
        throw new InputError('mode ab: this commit has no parent in the checkout to compare with');
      },
      log,
    );
    expect(d.results).toEqual(first.results);
    expect(d.verdict).toBe(first.verdict);
    expect(d.warnings.at(-1)).toMatch(
      /could not run \(mode ab: this commit has no parent.*stay as the job's own runs left them\. A suite that needs its tree prepared .* gets it from ab-setup/,
    );
    expect(lines.some((l) => l.startsWith('warn: Paired rounds'))).toBe(true);
  });
});
