import { describe, expect, it } from '@jest/globals';
import { decide, type ResultRow } from '../src/analysis/decide.js';
import { historyTest, suiteTail } from '../src/analysis/history-test.js';
import { fitRunner, locateShift } from '../src/analysis/runner.js';
import { pickControls } from '../src/analysis/controls.js';
import type { Decision } from '../src/analysis/types.js';
import { madSigma, robustScale, winsorizedSd } from '../src/analysis/stats.js';
import { DEFAULT_RULES, ruleFor } from '../src/config.js';
import { parseRules } from '../src/rules-yaml.js';
import type { ResultSet } from '../src/model.js';
import { gaussian, rng } from '../bench/simulate.js';

const row = (rows: ResultRow[], benchmark: string, metric = 'time') =>
  rows.find((r) => r.benchmark === benchmark && r.metric === metric)!;

/** `n` benchmarks, `runs` prior runs on runners that vary ±5 %, each benchmark ±1.5 % on its own. */
function suite(n: number, runs: number, seed = 11) {
  const rand = rng(seed);
  const base = Array.from({ length: n }, (_, i) => 1e-4 * (1 + i));
  const run = (factor: (i: number) => number = () => 1, runner = Math.exp(0.05 * gaussian(rand))): ResultSet => ({
    benchmarks: base.map((b, i) => {
      const t = b * runner * factor(i) * Math.exp(0.015 * gaussian(rand));
      return {
        name: `b${i}`,
        metrics: {
          time: {
            value: t,
            unit: 's',
            direction: 'smaller' as const,
            samples: Array.from({ length: 15 }, () => t * Math.exp(0.02 * gaussian(rand))),
          },
        },
      };
    }),
  });
  return { history: Array.from({ length: runs }, () => run()), run };
}

describe('scale estimates', () => {
  it('do not collapse on quantised or two-mode series, where the MAD does', () => {
    const twoMode = [1, 1, 1, 1, 1, 1, 1.08, 1.08, 1.08, 1.08].map(Math.log);
    expect(madSigma(twoMode)).toBe(0);
    expect(winsorizedSd(twoMode)).toBeGreaterThan(0.03);
    expect(robustScale(twoMode)).toBe(winsorizedSd(twoMode));
  });
  it('are not blown up by one spike in ten runs', () => {
    const spiky = [0, 0.01, -0.01, 0.005, -0.005, 0.01, -0.01, 0, 0.005, 0.4];
    expect(robustScale(spiky)).toBeLessThan(0.02);
  });
  it('give the MAD of its definition (the median of the sorted absolute deviations), ties and all', () => {
    const medianOf = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
    };
    const rand = rng(41);
    for (let t = 0; t < 2000; t++) {
      const n = 1 + Math.floor(rand() * 30);
      // Every third series on a grid of whole units: ties, and deviations equal on both sides.
      const xs = Array.from({ length: n }, () => (t % 3 === 0 ? Math.round(4 * rand()) : gaussian(rand)));
      const m = medianOf(xs);
      expect(madSigma(xs)).toBe(n < 2 ? NaN : 1.4826 * medianOf(xs.map((x) => Math.abs(x - m))));
    }
  });
});

describe('runner shift', () => {
  it('locks onto the benchmarks that did not move when most of them did', () => {
    // 4 unchanged at +3 % (the runner), 6 changed by −20 … +50 %, most of them slower.
    const devs = [0.03, 0.032, 0.028, 0.031, ...[0.8, 1.5, 1.25, 1.3, 1.4, 1.33].map(Math.log)];
    const scales = devs.map(() => 0.015);
    expect(locateShift(devs, scales).shift).toBeCloseTo(0.03, 2);
    // The plain median would have been pulled toward the changes.
    const sorted = [...devs].sort((a, b) => a - b);
    expect((sorted[4]! + sorted[5]!) / 2).toBeGreaterThan(0.1);
  });
  it('corrects little when the history shows no shared runner effect (a quiet machine)', () => {
    const rand = rng(3);
    const series = Array.from({ length: 8 }, (_, b) => {
      const logs = Array.from({ length: 20 }, () => Math.log(1 + b) + 0.02 * gaussian(rand));
      return { logs, headLog: Math.log(1 + b) + 0.06 };
    });
    const model = fitRunner(series, 20);
    expect(model.tau).toBeLessThan(0.01);
    expect(Math.abs(model.headShift)).toBeLessThan(Math.abs(model.headEstimate) * 0.5 + 1e-9);
  });
});

describe('the history test', () => {
  const noTail = { worse: () => 0, better: () => 0 };
  it('does not call a spike credible when the benchmark spiked as far before', () => {
    const own = [0, 0.01, -0.01, 0.005, 0.41, -0.005, 0.01];
    const j = historyTest({ worse: 0.4, sd: 0.02, df: 4, own, suite: noTail }, 0.99);
    expect(j.tailWorse).toBeCloseTo(1 / 7, 5);
    expect(j.worseConfidence).toBeLessThan(0.99);
    // Without that spike in its history, the same change is credible.
    expect(
      historyTest({ worse: 0.4, sd: 0.02, df: 4, own: own.slice(0, 4), suite: noTail }, 0.99).worseConfidence,
    ).toBeGreaterThan(0.99);
  });
  it('extrapolates the suite’s tail beyond the largest stored deviation instead of calling it certain', () => {
    const rand = rng(5);
    const heavy = Array.from({ length: 60 }, () => 0.05 * gaussian(rand) + (rand() < 0.1 ? 0.3 * rand() : 0));
    const max = Math.max(...heavy);
    expect(suiteTail(heavy, max * 1.2)).toBeGreaterThan(0.001);
    const calm = Array.from({ length: 60 }, () => 0.01 * gaussian(rand));
    expect(suiteTail(calm, 0.2)).toBeLessThan(1e-6);
  });
});

describe('decide on patterns it was not tuned on', () => {
  it('catches +25 % when most benchmarks of the suite changed at once', () => {
    const { history, run } = suite(10, 20);
    const factors = [1.25, 0.8, 1.5, 1.3, 0.9, 1.4, 1, 1, 1, 1];
    const d = decide(
      run((i) => factors[i]!),
      history,
      DEFAULT_RULES,
    );
    expect(row(d.results, 'b0')).toMatchObject({ status: 'regression', fails: true });
    for (const b of ['b6', 'b7', 'b8', 'b9']) expect(row(d.results, b).fails).toBe(false);
    expect(row(d.results, 'b1').status).toBe('improvement');
  });
  it('does not fail the unchanged benchmarks when 3 of 5 got 25 % faster', () => {
    const { history, run } = suite(5, 20, 4);
    const d = decide(
      run((i) => (i < 3 ? 0.75 : 1), 1),
      history,
      DEFAULT_RULES,
    );
    expect(d.verdict).toBe('pass');
    for (const b of ['b0', 'b1', 'b2']) expect(row(d.results, b).status).toBe('improvement');
  });
  it('is never silent about a suite-wide slowdown beyond what runners explain', () => {
    const { history, run } = suite(6, 20, 8);
    const d = decide(
      run(() => 1.5, 1),
      history,
      DEFAULT_RULES,
    );
    expect(d.runner!.unusual).toBe(true);
    expect(d.warnings.join(' ')).toMatch(/moved together by \+\d+ %/);
    for (const r of d.results) expect(r.measured_ratio!).toBeGreaterThan(1.35);
  });
  it('with one prior run, a change inside plausible noise is inconclusive and says what would settle it', () => {
    const { history, run } = suite(5, 1, 9);
    const d = decide(
      run((i) => (i === 2 ? 1.3 : 1)),
      history,
      DEFAULT_RULES,
    );
    expect(row(d.results, 'b2')).toMatchObject({ status: 'inconclusive', fails: false });
    expect(row(d.results, 'b2').resolve).toMatch(/more history/);
    expect(row(d.results, 'b2').detectable!).toBeGreaterThan(1.3);
    // Far past any plausible noise, one prior run is enough.
    const far = decide(
      run((i) => (i === 2 ? 4 : 1)),
      history,
      DEFAULT_RULES,
    );
    expect(row(far.results, 'b2')).toMatchObject({ status: 'regression', fails: true });
  });
  it('never lets the time rows scale memory: +30 % memory is caught while most times moved', () => {
    const { history, run } = suite(10, 20, 2);
    const withMem = (r: ResultSet, m: number): ResultSet => ({
      benchmarks: r.benchmarks.map((b, i) => ({
        ...b,
        metrics: { ...b.metrics, memory_peak: { value: i === 0 ? 1000 * m : 1000, unit: 'bytes', direction: 'smaller' } },
      })),
    });
    const factors = [1, 0.8, 1.5, 1.3, 0.9, 1.4, 0.7, 1, 1, 1];
    const d = decide(
      withMem(
        run((i) => factors[i]!),
        1.3,
      ),
      history.map((h) => withMem(h, 1)),
      DEFAULT_RULES,
    );
    expect(row(d.results, 'b0', 'memory_peak')).toMatchObject({ status: 'regression', fails: true });
    expect(row(d.results, 'b0', 'memory_peak').ratio).toBeCloseTo(1.3, 5);
  });
});

describe('rules the file names', () => {
  it('fail the check (the seed guide’s ui_rendering thresholds), while unnamed metrics stay report-only', () => {
    const rules = parseRules(
      'baseline_thresholds:\n  render_time: { regression_limit: 1.15 }\n  interaction_latency: { regression_limit: 1.1 }\n',
      'r.yml',
    );
    expect(ruleFor(rules, 'render_time', { name: 'x' }).fail).toBe(true);
    expect(ruleFor(rules, 'allocs', { name: 'x' }).fail).toBe(false);
    expect(
      ruleFor(
        parseRules('baseline_thresholds:\n  render_time: { regression_limit: 1.15, fail: false }\n', 'r.yml'),
        'render_time',
        { name: 'x' },
      ).fail,
    ).toBe(false);
    const set = (v: number): ResultSet => ({
      benchmarks: [{ name: 'ui', metrics: { render_time: { value: v, unit: 'ms', direction: 'smaller' } } }],
    });
    const d = decide(set(13), [set(10), set(10.1), set(9.9), set(10), set(10.05)], rules);
    expect(row(d.results, 'ui', 'render_time')).toMatchObject({ status: 'regression', fails: true, enforced: true });
    expect(d.verdict).toBe('fail');
  });
});

describe('rule patterns that match nothing', () => {
  it('are warned about, one line each, with a hint when they look like regular expressions', () => {
    const rules = parseRules(
      [
        'overrides:',
        '  - benchmarks: "^bench_(a|b)+$"',
        '    baseline_thresholds: { time: { regression_limit: 1.5 } }',
        '  - benchmarks: "b*"',
        '    baseline_thresholds: { time: { regression_limit: 1.5 } }',
        'ignore: [nothing_here]',
      ].join('\n'),
      'r.yml',
    );
    const { history, run } = suite(3, 3);
    const d = decide(run(), history, rules);
    expect(d.warnings).toEqual([
      'rules: overrides[0].benchmarks: "^bench_(a|b)+$" matches no benchmark of this run (patterns are globs such as bench_*, not regular expressions).',
      'rules: ignore: "nothing_here" matches no benchmark or group of this run.',
    ]);
  });
});

describe('controls for re-measurement', () => {
  const unchanged = (benchmark: string, width: number, extra: Partial<ResultRow> = {}) =>
    ({
      benchmark,
      metric: 'time',
      status: 'unchanged',
      settled: true,
      enforced: true,
      head: 1,
      base: 1,
      ratio: 1.02,
      limit: 1.1,
      interval: [1 - width, 1 + width],
      ...extra,
    }) as ResultRow;
  it('takes the calmest rows decided unchanged, never one left unchanged only because no re-run could clear it that measured away from its baseline', () => {
    // a is the calmest, but its row is left to paired rounds (pairable) and measured +8 %: on a busy
    // machine a benchmark doing 1.5× its work read +8 % in its first run, and as a control cancelled
    // another's change. e is left to paired rounds too, but measured +1 %: with a short history every
    // row is, and one near its baseline still shows the machine's state.
    const d = {
      verdict: 'pass',
      results: [
        unchanged('a', 0.01, { pairable: true, ratio: 1.08, measured_ratio: 1.08 }),
        unchanged('e', 0.018, { pairable: true, ratio: 1.01, measured_ratio: 1.01 }),
        unchanged('f', 0.005, { pairable: true, ratio: 1.01, measured_ratio: 1.07 }),
        unchanged('b', 0.03),
        unchanged('c', 0.02),
        unchanged('d', 0.015, { settled: false }),
        unchanged('x', 0.01, { status: 'inconclusive', settled: false }),
      ],
      notes: [],
      warnings: [],
      baseline_runs: 20,
    } as unknown as Decision;
    expect(pickControls(d, ['x'])).toEqual(['e', 'c']);
  });
});
