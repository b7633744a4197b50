/**
 * Detection quality on sets that are hard on the design, side by side with the naive rule
 * ("head / previous run > 1.10", what github-action-benchmark does):
 *   A. simulator families (bench/simulate.ts): sparse change, most benchmarks changed, many improved,
 *      suite-wide change, small suites with 1/2/5 prior runs, single-run spikes, two-mode and quantised
 *      benchmarks, a noisy neighbour for part of a run, and long real-series-like series;
 *   B. the real-noise corpus (bench/corpus/real-noise.json): the example suite run for real on this
 *      2-core machine with 0–2 CPU hogs, unchanged code and known single-benchmark slowdowns.
 *
 *   npm run bench:eval            (fixed seeds: the same numbers every time; ~14 min on 2 cores)
 *   TRIALS=100 npm run bench:eval (fewer trials, quicker)
 *   npm run bench:eval -- remeasure   (one section: families, next, invariants, series, corpus,
 *                                      confirm, remeasure, step, shrunk, jobs)
 *   A4_FAMILY=most …              (A4 on the families whose name contains the text)
 *   A4_MISSED=1 …                 (prints to stderr each changed row of ≥ +15 % that A4's third
 *                                  policy — re-runs then paired rounds — did not fail, with its reason)
 *   A5_DETAIL=1 / A5_TRACE=N …    (A5: each later row not unchanged / every push of scenario N, to stderr)
 *
 * Prints one table per family. "FA/bench" = false alarms (failing rows) per benchmark decision on
 * unchanged benchmarks; "jobs failed" = share of jobs whose verdict is fail with no real regression;
 * "+N %" = share of trials in which the changed benchmark's row fails; "incl." = inconclusive rows.
 */
import { existsSync, readFileSync } from 'node:fs';
import { decide, type JudgedRow } from '../src/analysis/decide.js';
import { DEFAULT_RULES } from '../src/config.js';
import type { ResultSet } from '../src/model.js';
import type { RealJobsCorpus, RealNoiseCorpus } from './corpus.js';
import { recordFigures } from './results.js';
import {
  drawRunner,
  gaussian,
  LEVELS,
  makeSuite,
  rng,
  simulateRun,
  type Change,
  type NoiseLevel,
  type Quirks,
} from './simulate.js';
import { medianOfRuns } from '../src/analysis/series.js';
import { remeasure, undecidedRows } from '../src/pipeline/remeasure.js';
import { escalate, pairableRows } from '../src/pipeline/escalate.js';
import { annotationsOf } from '../src/pipeline/annotate.js';
import { judgedRows } from '../src/pipeline/baseline.js';
import { flagEntries } from '../src/history/layout.js';
import { poolRuns, type AbOutcome } from '../src/pipeline/ab.js';
import { decidePaired, type PairedDecision, type Round } from '../src/analysis/paired.js';

const TRIALS = Number(process.env.TRIALS ?? 300);
/** The p-quantile of xs (0 when empty). */
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;
/** A logger that says nothing, for the pipeline's policies run thousands of times here. */
const quiet = { info() {}, warn() {}, error() {} } as unknown as Parameters<typeof remeasure>[6]['log'];
const EFFECTS = [1.1, 1.15, 1.25, 1.5];
const CI = LEVELS[1]!;
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

type Row = {
  status: string;
  fails: boolean;
  benchmark: string;
  metric: string;
  reason: string;
  pairable?: boolean;
  settled?: boolean;
};
/** The rows a decision failed: what the pipeline records with the run as its gate's judgement. */
const failedRows = (d: ReturnType<typeof decide>) =>
  d.results.filter((r) => r.fails).map(({ benchmark, metric }) => ({ benchmark, metric }));
const rowOf = (rows: Row[], name: string, metric = 'time') => rows.find((r) => r.benchmark === name && r.metric === metric);
const naiveFails = (head: ResultSet, prev: ResultSet | undefined, name: string, limit = 1.1) => {
  const h = head.benchmarks.find((b) => b.name === name)?.metrics.time?.value;
  const p = prev?.benchmarks.find((b) => b.name === name)?.metrics.time?.value;
  return h !== undefined && p !== undefined && h / p > limit;
};

interface Family {
  name: string;
  size: number;
  runs: number;
  level?: NoiseLevel;
  quirks?: Quirks;
  /** Benchmarks changed in every trial besides the measured one (index → factor); the measured one is 0. */
  background?: (rand: () => number, size: number) => Map<number, number>;
  /**
   * This share of the suite (the measured one among them) changed by the same factor as the measured
   * one: code they all run (A4 only).
   */
  together?: number;
}

interface FamilyResult {
  fa: number;
  naiveFa: number;
  jobs: number;
  naiveJobs: number;
  inconclusive: number;
  power: { effect: number; engine: number; naive: number; inconclusive: number }[];
}

function scenario(seed: number, f: Family, change: Change, headQuirks: Quirks = {}) {
  const rand = rng(seed);
  const level = f.level ?? CI;
  const suite = makeSuite(rand, level, f.size);
  const history = Array.from({ length: f.runs }, () => simulateRun(rand, level, suite, {}, f.quirks));
  const background = f.background?.(rand, f.size) ?? new Map<number, number>();
  const time = new Map([...background, ...(change.time ?? [])]);
  const head = simulateRun(rand, level, suite, { ...change, time }, { ...f.quirks, ...headQuirks });
  // The branch's next push, the same code: another run of the changed suite (drawn after the head).
  const next = () => simulateRun(rand, level, suite, { ...change, time }, { ...f.quirks, ...headQuirks });
  return { head, history, suite, background, next };
}

function runFamily(f: Family, seedBase: number): FamilyResult {
  let fa = 0;
  let naiveFa = 0;
  let decisions = 0;
  let jobs = 0;
  let naiveJobs = 0;
  let inconclusive = 0;
  for (let t = 0; t < TRIALS; t++) {
    const { head, history, background } = scenario(seedBase + t, f, {});
    const d = decide(head, history, DEFAULT_RULES);
    let jobFailed = false;
    let naiveJob = false;
    for (const b of head.benchmarks) {
      if (background.has(head.benchmarks.indexOf(b))) continue;
      decisions++;
      const r = rowOf(d.results, b.name);
      if (r?.fails) {
        fa++;
        jobFailed = true;
      }
      if (r?.status === 'inconclusive') inconclusive++;
      if (naiveFails(head, history.at(-1), b.name)) {
        naiveFa++;
        naiveJob = true;
      }
    }
    if (jobFailed) jobs++;
    if (naiveJob) naiveJobs++;
  }
  const power = EFFECTS.map((effect) => {
    let engine = 0;
    let naive = 0;
    let inc = 0;
    for (let t = 0; t < TRIALS; t++) {
      const { head, history } = scenario(seedBase + 50_000 + t, f, { time: new Map([[0, effect]]) });
      const r = rowOf(decide(head, history, DEFAULT_RULES).results, 'bench_000');
      if (r?.fails) engine++;
      if (r?.status === 'inconclusive') inc++;
      if (naiveFails(head, history.at(-1), 'bench_000')) naive++;
    }
    return { effect, engine: engine / TRIALS, naive: naive / TRIALS, inconclusive: inc / TRIALS };
  });
  return {
    fa: fa / decisions,
    naiveFa: naiveFa / decisions,
    jobs: jobs / TRIALS,
    naiveJobs: naiveJobs / TRIALS,
    inconclusive: inconclusive / decisions,
    power,
  };
}

const mostChanged = (rand: () => number, size: number) => {
  // 6 of 10 changed: the measured one plus 5 others by −20 … +50 %.
  const m = new Map<number, number>();
  const others = Array.from({ length: size - 1 }, (_, i) => i + 1).sort(() => rand() - 0.5);
  for (const i of others.slice(0, Math.round(0.6 * size) - 1)) m.set(i, 0.8 + 0.7 * rand());
  return m;
};

const FAMILIES: Family[] = [
  { name: 'sparse change (1 of 20), CI-like, 20 runs', size: 20, runs: 20 },
  { name: 'sparse change, quiet machine, 20 runs', size: 20, runs: 20, level: LEVELS[0] },
  { name: 'sparse change, noisy machine, 20 runs', size: 20, runs: 20, level: LEVELS[2] },
  { name: 'most changed (6 of 10 by −20 … +50 %), 20 runs', size: 10, runs: 20, background: mostChanged },
  { name: 'small suite of 3, 20 runs', size: 3, runs: 20 },
  { name: 'small suite of 6, 5 runs', size: 6, runs: 5 },
  { name: 'small suite of 6, 2 runs', size: 6, runs: 2 },
  { name: 'small suite of 6, 1 run', size: 6, runs: 1 },
  { name: '20 benchmarks, 1 run', size: 20, runs: 1 },
  { name: '20 benchmarks, 2 runs', size: 20, runs: 2 },
  { name: '20 benchmarks, 5 runs', size: 20, runs: 5 },
  { name: 'single-run spikes (5 % of runs, +10 … +50 %), 20 runs', size: 20, runs: 20, quirks: { spikeP: 0.05 } },
  {
    name: 'two-mode (40 % of benchmarks, +8 % mode) and quantised (3 % grid), 20 runs',
    size: 20,
    runs: 20,
    quirks: { twoMode: { share: 0.4, p: 0.3, gap: 0.08 }, quantum: 0.03 },
  },
  {
    name: 'noisy neighbour for part of a run (10 % of runs, 30 % of benchmarks ×1.2–1.6), 20 runs',
    size: 20,
    runs: 20,
    quirks: { neighbourP: 0.1, neighbourShare: 0.3 },
  },
];

function printFamilies(): void {
  console.log(`\n## A. Simulator families (${TRIALS} trials each; CI-like noise unless named)\n`);
  console.log(
    '| family | FA/bench engine | FA/bench naive | jobs failed engine | jobs failed naive | incl./bench | ' +
      EFFECTS.map((e) => `+${Math.round((e - 1) * 100)} % engine / naive (incl.)`).join(' | ') +
      ' |',
  );
  console.log(`|${'---|'.repeat(6 + EFFECTS.length)}`);
  FAMILIES.forEach((f, i) => {
    const r = runFamily(f, 1_000 + i * 100_000);
    console.log(
      `| ${f.name} | ${pct(r.fa)} | ${pct(r.naiveFa)} | ${pct(r.jobs)} | ${pct(r.naiveJobs)} | ${pct(r.inconclusive)} | ` +
        r.power.map((p) => `${pct(p.engine)} / ${pct(p.naive)} (${pct(p.inconclusive)})`).join(' | ') +
        ' |',
    );
  });
}

/** Rules that must hold exactly whatever the noise: improvements, memory, accuracy, suite-wide changes. */
function printInvariants(): void {
  console.log('\n## A2. Rules that must hold exactly (CI-like, 20 runs; memory/accuracy also in the most-changed family)\n');
  console.log('| check | result |');
  console.log('|---|---|');
  const n = Math.min(TRIALS, 200);
  const count = (f: (t: number) => boolean) => {
    let k = 0;
    for (let t = 0; t < n; t++) if (f(t)) k++;
    return `${k}/${n}`;
  };
  const fam = (size: number, runs: number, background?: Family['background']): Family => ({ name: '', size, runs, background });
  console.log(
    `| 2× faster never fails | ${count((t) => !!rowOf(decide(...ha(scenario(7_000 + t, fam(20, 20), { time: new Map([[0, 0.5]]) }))).results, 'bench_000')?.fails)} failed |`,
  );
  for (const [label, f] of [
    ['sparse', fam(20, 20)],
    ['most changed', fam(10, 20, mostChanged)],
    ['2 prior runs', fam(6, 2)],
  ] as const) {
    console.log(
      `| memory +30 % caught (${label}) | ${count((t) => !!rowOf(decide(...ha(scenario(8_000 + t, f, { memory: new Map([[0, 1.3]]) }))).results, 'bench_000', 'memory_peak')?.fails)} |`,
    );
    console.log(
      `| memory exactly +20 % flagged (${label}) | ${count((t) => !!rowOf(decide(...ha(scenario(9_000 + t, f, { memory: new Map([[0, 1.2]]) }))).results, 'bench_000', 'memory_peak')?.fails)} |`,
    );
    console.log(
      `| accuracy 0.94 caught (${label}) | ${count((t) => !!rowOf(decide(...ha(scenario(10_000 + t, f, { accuracy: new Map([[0, 0.94]]) }))).results, 'bench_000', 'accuracy')?.fails)} |`,
    );
    console.log(
      `| accuracy exactly 0.95 flagged (${label}) | ${count((t) => !!rowOf(decide(...ha(scenario(11_000 + t, f, { accuracy: new Map([[0, 0.95]]) }))).results, 'bench_000', 'accuracy')?.fails)} |`,
    );
  }
  // 3 of 5 benchmarks 25 % faster: nothing may fail, the faster ones should read as improvements.
  let failed = 0;
  let improved = 0;
  for (let t = 0; t < n; t++) {
    const s = scenario(12_000 + t, fam(5, 20), {
      time: new Map([
        [0, 0.75],
        [1, 0.75],
        [2, 0.75],
      ]),
    });
    const d = decide(s.head, s.history, DEFAULT_RULES);
    if (d.verdict === 'fail') failed++;
    improved += ['bench_000', 'bench_001', 'bench_002'].filter((b) => rowOf(d.results, b)?.status === 'improvement').length;
  }
  console.log(`| 3 of 5 benchmarks 25 % faster: jobs failed | ${failed}/${n} |`);
  console.log(`| … improved rows shown as improvement | ${pct(improved / (3 * n))} |`);
  // Every benchmark slower by the same factor: it must never be silent (fail, or a warning).
  for (const size of [3, 6, 10]) {
    for (const factor of [1.2, 1.5]) {
      let failedJobs = 0;
      let warned = 0;
      let noted = 0;
      for (let t = 0; t < n; t++) {
        const s = scenario(13_000 + t + size * 1000, fam(size, 20), {
          time: new Map(Array.from({ length: size }, (_, i) => [i, factor] as [number, number])),
        });
        const d = decide(s.head, s.history, DEFAULT_RULES);
        if (d.verdict === 'fail') failedJobs++;
        else if ((d.warnings ?? []).length > 0) warned++;
        else if (d.notes.some((x) => /Runner/.test(x)) || d.results.some((r) => r.status === 'inconclusive')) noted++;
      }
      console.log(
        `| every benchmark ×${factor} (suite of ${size}): failed / passed with a warning / with a runner note or inconclusive rows / silent | ${failedJobs} / ${warned} / ${noted} / ${n - failedJobs - warned - noted} |`,
      );
    }
  }
}
const ha = (s: { head: ResultSet; history: ResultSet[] }) => [s.head, s.history, DEFAULT_RULES] as const;

/**
 * Long real-series-like runs: 1,000 pushes of a 10-benchmark suite with no code change, quantised,
 * two-mode benchmarks, single-push spikes, one value per push (no samples), each push judged against
 * the 20 before it. An episode is a stretch of consecutive failing pushes.
 */
function printSeries(): void {
  const PUSHES = 1000;
  const level: NoiseLevel = { ...CI, samples: 0 };
  const quirks: Quirks = { quantum: 0.02, twoMode: { share: 0.3, p: 0.4, gap: 0.06 }, spikeP: 0.02, spike: [1.1, 1.5] };
  // Episodes are counted per benchmark series (a stretch of consecutive pushes in which that series fails).
  let episodes = 0;
  let naiveEpisodes = 0;
  let seriesPushes = 0;
  let jobEpisodes = 0;
  let pushes = 0;
  const seeds = 3;
  for (let seed = 0; seed < seeds; seed++) {
    const rand = rng(77_000 + seed);
    const suite = makeSuite(rand, level, 10);
    const runs: ResultSet[] = [];
    const failing = new Map<string, boolean>();
    const naiveFailing = new Map<string, boolean>();
    let jobFailing = false;
    for (let p = 0; p < PUSHES + 20; p++) {
      const run = simulateRun(rand, level, suite, {}, quirks);
      if (runs.length >= 20) {
        pushes++;
        const d = decide(run, runs.slice(-20), DEFAULT_RULES);
        if (d.verdict === 'fail' && !jobFailing) jobEpisodes++;
        jobFailing = d.verdict === 'fail';
        for (const b of suite.names) {
          seriesPushes++;
          const fails = !!rowOf(d.results, b)?.fails;
          if (fails && !failing.get(b)) episodes++;
          failing.set(b, fails);
          const nf = naiveFails(run, runs.at(-1), b);
          if (nf && !naiveFailing.get(b)) naiveEpisodes++;
          naiveFailing.set(b, nf);
        }
      }
      runs.push(run);
    }
  }
  console.log(
    '\n## A3. Real-series-like: 3 suites × 1,000 pushes × 10 benchmarks, quantised (2 %), two-mode (30 %, +6 %), 2 % single-push spikes of +10 … +50 %, no samples, no code change\n',
  );
  console.log('| | engine | naive > 1.10 |');
  console.log('|---|---|---|');
  console.log(
    `| false-alarm episodes per 1,000 pushes of one benchmark series | ${((episodes / seriesPushes) * 1000).toFixed(1)} | ${((naiveEpisodes / seriesPushes) * 1000).toFixed(1)} |`,
  );
  console.log(
    `| failing-job episodes per 1,000 pushes of the 10-benchmark suite | ${((jobEpisodes / pushes) * 1000).toFixed(1)} | |`,
  );
}

/** The real-noise corpus: each run judged against the k unchanged runs before it. */
function printCorpus(): void {
  const corpus = JSON.parse(readFileSync('bench/corpus/real-noise.json', 'utf8')) as RealNoiseCorpus;
  const runs = corpus.runs;
  console.log(
    `\n## B. Real-noise corpus: ${runs.length} real runs of the example suite on ${corpus.machine}, ${runs.filter((r) => r.hogs.length).length} with CPU hogs (recorded ${corpus.recorded})\n`,
  );
  const times = runs[0]!.benchmarks.filter((b) => b.metrics.time).map((b) => b.name);
  // Run-to-run spread of unchanged runs, to say how noisy this machine was.
  const unchanged = runs.filter((r) => !r.change);
  const cv = times.map((name) => {
    const v = unchanged.map((r) => r.benchmarks.find((b) => b.name === name)!.metrics.time!.value);
    const m = v.reduce((a, b) => a + b, 0) / v.length;
    return Math.sqrt(v.reduce((a, x) => a + (x - m) ** 2, 0) / (v.length - 1)) / m;
  });
  console.log(
    `Run-to-run CV of unchanged runs per benchmark: ${cv.map((c) => pct(c)).join(', ')}; ${unchanged.length} unchanged, ${runs.length - unchanged.length} slowed.\n`,
  );
  console.log(
    '| prior runs | jobs failed (unchanged) engine | naive | FA/bench engine | incl./bench | ' +
      EFFECTS.map((e) => `+${Math.round((e - 1) * 100)} % caught engine / naive (incl.)`).join(' | ') +
      ' |',
  );
  console.log(`|${'---|'.repeat(5 + EFFECTS.length)}`);
  for (const k of [1, 2, 5, 10, 20]) {
    let jobs = 0;
    let naiveJobs = 0;
    let fa = 0;
    let inc = 0;
    let decisions = 0;
    let judged = 0;
    const caught = new Map(EFFECTS.map((e) => [e, { n: 0, engine: 0, naive: 0, inc: 0 }]));
    for (let i = 0; i < runs.length; i++) {
      const prior = runs
        .slice(0, i)
        .filter((r) => !r.change)
        .slice(-k);
      if (prior.length < k) continue;
      const head = { benchmarks: runs[i]!.benchmarks };
      const history = prior.map((r) => ({ benchmarks: r.benchmarks }));
      const d = decide(head, history, DEFAULT_RULES);
      const change = runs[i]!.change;
      if (!change) {
        judged++;
        if (d.verdict === 'fail') jobs++;
        if (times.some((b) => naiveFails(head, history.at(-1), b))) naiveJobs++;
        for (const r of d.results) {
          decisions++;
          if (r.fails) fa++;
          if (r.status === 'inconclusive') inc++;
        }
      } else {
        const c = caught.get(change.factor)!;
        c.n++;
        const r = rowOf(d.results, change.benchmark);
        if (r?.fails) c.engine++;
        if (r?.status === 'inconclusive') c.inc++;
        if (naiveFails(head, history.at(-1), change.benchmark)) c.naive++;
      }
    }
    console.log(
      `| ${k} | ${jobs}/${judged} (${pct(jobs / judged)}) | ${pct(naiveJobs / judged)} | ${pct(fa / decisions)} | ${pct(inc / decisions)} | ` +
        EFFECTS.map((e) => {
          const c = caught.get(e)!;
          return `${c.engine}/${c.n} / ${c.naive}/${c.n} (${c.inc})`;
        }).join(' | ') +
        ' |',
    );
  }
}

/**
 * What confirm-runs (re-measuring in the same job before failing) would make of the corpus: when the
 * gate fails a run, the head becomes the per-benchmark median of that run and the next two runs of the
 * corpus (for a slowed run, the next two unchanged runs with the slowed benchmark scaled by its known
 * factor: real noise, the known change), and the job fails only if the rule still breaks.
 */
function printConfirm(): void {
  const corpus = JSON.parse(readFileSync('bench/corpus/real-noise.json', 'utf8')) as RealNoiseCorpus;
  const runs = corpus.runs;
  const pooled = (sets: ResultSet[]): ResultSet => ({
    benchmarks: sets[0]!.benchmarks.map((b) => ({
      ...b,
      metrics: Object.fromEntries(
        Object.entries(b.metrics).map(([k, m]) => {
          const vs = sets.map((r) => r.benchmarks.find((x) => x.name === b.name)!.metrics[k]!.value).sort((x, y) => x - y);
          return [k, { value: vs[1]!, unit: m.unit, direction: m.direction }];
        }),
      ),
    })),
  });
  const scaled = (r: ResultSet, name: string, f: number): ResultSet => ({
    benchmarks: r.benchmarks.map((b) =>
      b.name === name && b.metrics.time
        ? {
            ...b,
            metrics: {
              ...b.metrics,
              time: { ...b.metrics.time, value: b.metrics.time.value * f, samples: b.metrics.time.samples?.map((v) => v * f) },
            },
          }
        : b,
    ),
  });
  console.log('\n## B2. The real corpus with confirm-runs: 2 re-measurements before failing (median of 3)\n');
  console.log(
    '| prior runs | unchanged jobs failed before → after confirming | slowed runs caught before → after (+10/15/25/50 % pooled) |',
  );
  console.log('|---|---|---|');
  for (const k of [1, 2, 5, 10, 20]) {
    let before = 0;
    let after = 0;
    let caughtBefore = 0;
    let caughtAfter = 0;
    let slowed = 0;
    for (let i = 0; i < runs.length; i++) {
      const prior = runs
        .slice(0, i)
        .filter((r) => !r.change)
        .slice(-k)
        .map((r) => ({ benchmarks: r.benchmarks }));
      const next = runs
        .slice(i + 1)
        .filter((r) => !r.change)
        .slice(0, 2)
        .map((r) => ({ benchmarks: r.benchmarks }));
      if (prior.length < k || next.length < 2) continue;
      const change = runs[i]!.change;
      const head = { benchmarks: runs[i]!.benchmarks };
      const d = decide(head, prior, DEFAULT_RULES);
      if (change) slowed++;
      if (
        d.verdict !== 'fail' &&
        !(change && d.results.some((r) => r.benchmark === change.benchmark && r.status === 'inconclusive'))
      )
        continue;
      const again = change ? next.map((r) => scaled(r, change.benchmark, change.factor)) : next;
      const d2 = decide(pooled([head, ...again]), prior, DEFAULT_RULES);
      if (!change) {
        before++;
        if (d2.verdict === 'fail') after++;
      } else {
        if (rowOf(d.results, change.benchmark)?.fails) caughtBefore++;
        if (rowOf(d2.results, change.benchmark)?.fails) caughtAfter++;
      }
    }
    console.log(`| ${k} | ${before} → ${after} | ${caughtBefore}/${slowed} → ${caughtAfter}/${slowed} |`);
  }
}

/** confirm-ab's defaults (action.yml): at least 3 rounds, at most 30. */
const MIN_ROUNDS = 3;
const MAX_ROUNDS = 30;

/**
 * confirm-ab on the simulator: the named benchmarks in paired rounds, a base run then a head run of
 * one runner each round, decided after every round as measureAb does, until the rows it follows are
 * settled or the cap. `spent` hears each pairing's round count.
 */
function pairedRoundsOf(baseRun: () => ResultSet, headRun: () => ResultSet, spent?: (rounds: number) => void) {
  return async (
    names: string[],
    follow: ((row: { benchmark: string; metric: string; enforced: boolean }) => boolean) | undefined,
  ): Promise<AbOutcome> => {
    const rounds: Round[] = [];
    const only = (r: ResultSet) => ({ ...r, benchmarks: r.benchmarks.filter((b) => names.includes(b.name)) });
    let last: PairedDecision | undefined;
    let stoppedBy: AbOutcome['stoppedBy'] = 'max-rounds';
    while (rounds.length < MAX_ROUNDS) {
      rounds.push({ base: only(baseRun()), head: only(headRun()) });
      if (rounds.length < MIN_ROUNDS) continue;
      last = decidePaired(rounds, DEFAULT_RULES, poolRuns(rounds.map((x) => x.head)));
      if (last.results.every((x) => x.settled || !(follow?.(x) ?? true))) {
        stoppedBy = 'decided';
        break;
      }
    }
    spent?.(rounds.length);
    const headSet = poolRuns(rounds.map((x) => x.head));
    return { rounds, head: headSet, decision: last!, decidedAfter: new Map<string, number>(), seconds: 0, stoppedBy };
  };
}

/** pairedRoundsOf with the simulator's suite on one runner (quirks' `runner`): base and head changes. */
function simulatedRounds(
  rand: () => number,
  level: NoiseLevel,
  suite: ReturnType<typeof makeSuite>,
  base: Change,
  head: Change,
  quirks: Quirks,
) {
  return pairedRoundsOf(
    () => simulateRun(rand, level, suite, base, quirks),
    () => simulateRun(rand, level, suite, head, quirks),
  );
}

/**
 * The sequential decision on the simulator: the head is run again in the same job (same runner, the
 * same change) while rows are undecided, at most BUDGET more runs — the pipeline's own policy
 * (src/pipeline/remeasure.ts) with the simulator as the suite. Per family: jobs in which an
 * unchanged benchmark fails, detection of the measured benchmark's change, extra runs spent.
 */
async function printRemeasure(): Promise<void> {
  const BUDGET = 3;
  const n = Math.min(TRIALS, 200);
  const families: Family[] = [
    { name: 'most changed (6 of 10 by −20 … +50 %), CI-like, 20 runs', size: 10, runs: 20, background: mostChanged },
    { name: 'sparse change (1 of 20), CI-like, 20 runs', size: 20, runs: 20 },
    { name: 'sparse change, noisy machine, 20 runs', size: 20, runs: 20, level: LEVELS[2] },
    { name: 'small suite of 6, 5 runs', size: 6, runs: 5 },
    { name: 'small suite of 6, 2 runs', size: 6, runs: 2 },
    { name: 'whole suite changed (10 of 10 by the same factor), CI-like, 20 runs', size: 10, runs: 20, together: 1 },
    { name: 'half the suite changed (10 of 20 by the same factor), CI-like, 20 runs', size: 20, runs: 20, together: 0.5 },
  ];
  const job = async (seed: number, f: Family, change: Change, budget: number, paired = false) => {
    const rand = rng(seed);
    const level = f.level ?? CI;
    const suite = makeSuite(rand, level, f.size);
    const history = Array.from({ length: f.runs }, () => simulateRun(rand, level, suite, {}, f.quirks));
    const background = f.background?.(rand, f.size) ?? new Map<number, number>();
    const factor = change.time?.get(0);
    if (f.together && factor !== undefined) for (let i = 1; i < Math.round(f.together * f.size); i++) background.set(i, factor);
    const full: Change = { ...change, time: new Map([...background, ...(change.time ?? [])]) };
    const runner = drawRunner(rand, level);
    const head = simulateRun(rand, level, suite, full, { ...f.quirks, runner });
    const first = decide(head, history, DEFAULT_RULES);
    const measure = async (names: string[]) => {
      const run = simulateRun(rand, level, suite, full, { ...f.quirks, runner });
      return { ...run, benchmarks: run.benchmarks.filter((b) => names.includes(b.name)) };
    };
    const { decision, summary } =
      budget > 0 && undecidedRows(first).length > 0
        ? await remeasure({ runs: budget }, measure, head, history, DEFAULT_RULES, first, { log: quiet })
        : { decision: first, summary: undefined };
    if (!paired || pairableRows(decision).length === 0) return { decision, background, extra: summary?.runs ?? 0, rounds: 0 };
    // confirm-ab: the rows still undecided, in paired base/head rounds on this job's runner (the base
    // without the change).
    const pairedRounds = simulatedRounds(rand, level, suite, {}, full, { ...f.quirks, runner });
    const final = await escalate(decision, async () => ({ baseSha: 'b'.repeat(40), measure: pairedRounds }), quiet);
    return { decision: final, background, extra: summary?.runs ?? 0, rounds: final.paired?.rounds ?? 0 };
  };
  console.log(
    `\n## A4. Re-measuring in the job (the pipeline's policy) — ${n} jobs each; the push alone → confirm-runs ${BUDGET} → then confirm-ab (paired rounds, ${MIN_ROUNDS}–${MAX_ROUNDS})\n`,
  );
  console.log(
    '| family | jobs failing an unchanged benchmark | ' +
      EFFECTS.map((e) => `+${Math.round((e - 1) * 100)} % caught`).join(' | ') +
      ' | 2× faster fails | extra runs median / p90 (unchanged; +25 %) | paired rounds median / p90 (unchanged; +25 %) |',
  );
  console.log(`|${'---|'.repeat(5 + EFFECTS.length)}`);
  for (const [fi, f] of families.entries()) {
    // A4_FAMILY=text: only the families whose name contains it (same seeds as the full run).
    if (process.env.A4_FAMILY && !f.name.includes(process.env.A4_FAMILY)) continue;
    const seed = 900_000 + fi * 10_000;
    const cells: string[] = [];
    const extrasNull: number[] = [];
    const extras25: number[] = [];
    const rounds25: number[] = [];
    const roundsNull: number[] = [];
    // Three policies on the same seeds: the push alone, re-runs (confirm-runs), re-runs then paired rounds (confirm-ab).
    const variants: [number, boolean][] = [
      [0, false],
      [BUDGET, false],
      [BUDGET, true],
    ];
    const counts = [0, 0, 0];
    for (const [bi, [budget, paired]] of variants.entries())
      for (let t = 0; t < n; t++) {
        const { decision, background, extra, rounds } = await job(seed + t, f, {}, budget, paired);
        const names = new Set([...background.keys()].map((i) => `bench_${String(i).padStart(3, '0')}`));
        if (decision.results.some((r) => r.fails && !names.has(r.benchmark))) counts[bi]!++;
        if (budget > 0 && !paired) extrasNull.push(extra);
        if (paired) roundsNull.push(rounds);
      }
    cells.push(counts.map((c) => `${c}/${n}`).join(' → '));
    for (const e of EFFECTS) {
      const caught = [0, 0, 0];
      for (const [bi, [budget, paired]] of variants.entries())
        for (let t = 0; t < n; t++) {
          const r = await job(seed + 5_000 + t, f, { time: new Map([[0, e]]) }, budget, paired);
          if (rowOf(r.decision.results, 'bench_000')?.fails) caught[bi]!++;
          else if (process.env.A4_MISSED && paired && e >= 1.15)
            console.error(
              `MISSED ${e} ${f.name} ${rowOf(r.decision.results, 'bench_000')?.status}: ${rowOf(r.decision.results, 'bench_000')?.reason}`,
            );
          if (budget > 0 && !paired && e === 1.25) extras25.push(r.extra);
          if (paired && e === 1.25) rounds25.push(r.rounds);
        }
      cells.push(caught.map((c) => pct(c / n)).join(' → '));
    }
    let faster = 0;
    for (let t = 0; t < n; t++)
      if (
        rowOf((await job(seed + 8_000 + t, f, { time: new Map([[0, 0.5]]) }, BUDGET, true)).decision.results, 'bench_000')?.fails
      )
        faster++;
    cells.push(`${faster}/${n}`);
    cells.push(`${q(extrasNull, 0.5)} / ${q(extrasNull, 0.9)}; ${q(extras25, 0.5)} / ${q(extras25, 0.9)}`);
    cells.push(`${q(roundsNull, 0.5)} / ${q(roundsNull, 0.9)}; ${q(rounds25, 0.5)} / ${q(rounds25, 0.9)}`);
    console.log(`| ${f.name} | ${cells.join(' | ')} |`);
  }
}

/**
 * After a step (#27): an intended +30 % step on one benchmark is recorded on main, then 8 more
 * unchanged runs at the new level, each judged against the 20 runs before it, as pushes are.
 * Counts the later rows of that benchmark that are anything but unchanged, and failures elsewhere.
 * Two passes over the same runs: result files only (each push's one run), and a job that runs the
 * suite (`run`): the pipeline's re-measurement (confirm-runs 3) and paired rounds against the base
 * commit (confirm-ab) on the head's runner, for the pull request and the push alike — the history
 * records the same head runs, and the rows each pass's gate failed.
 */
async function afterStep(withRun: boolean) {
  const scenarios = Math.min(TRIALS, 50);
  const c = {
    notUnchanged: 0,
    failing: 0,
    confirming: 0,
    elsewhere: 0,
    stepCaught: 0,
    prNotUnchanged: 0,
    prFailing: 0,
    // Scenarios in which more than one of the 8 later pushes is anything but unchanged (target: none).
    overOne: 0,
    // The same counts for an unchanged benchmark of the same pushes (bench_001): what this noise does
    // to any row, step or none.
    controlNotUnchanged: 0,
    controlOverOne: 0,
    perPosition: Array.from({ length: 8 }, () => 0),
    extra: [] as number[],
    rounds: [] as number[],
  };
  for (let t = 0; t < scenarios; t++) {
    const rand = rng(1_300_000 + t);
    // The same job's further runs draw from their own stream, so both passes see the same head runs.
    const again = rng(2_300_000 + t);
    // A run, and the runner it drew (its first draws, as drawRunner makes them).
    const run = (change: Change) => {
      const drawn: number[] = [];
      const head = simulateRun(() => (drawn.push(rand()), drawn.at(-1)!), CI, suite, change);
      let i = 0;
      return { head, runner: drawRunner(() => drawn[i++]!, CI) };
    };
    // The pipeline's policy for one job with `run`: re-runs of the head on its runner, then paired
    // rounds against its base commit (which has `base` as its change).
    const judge = async (
      head: ResultSet,
      runner: number,
      window: ResultSet[],
      options: Parameters<typeof remeasure>[7],
      base: Change,
      change: Change,
    ) => {
      const first = decide(head, window, DEFAULT_RULES, options);
      if (!withRun) return first;
      const measure = async (names: string[]) => {
        const r = simulateRun(again, CI, suite, change, { runner });
        return { ...r, benchmarks: r.benchmarks.filter((b) => names.includes(b.name)) };
      };
      const { decision, summary } =
        undecidedRows(first).length > 0
          ? await remeasure({ runs: 3 }, measure, head, window, DEFAULT_RULES, first, { log: quiet }, options)
          : { decision: first, summary: undefined };
      c.extra.push(summary?.runs ?? 0);
      if (pairableRows(decision).length === 0) return decision;
      const final = await escalate(
        decision,
        async () => ({ baseSha: 'b'.repeat(40), measure: simulatedRounds(again, CI, suite, base, change, { runner }) }),
        quiet,
      );
      c.rounds.push(final.paired?.rounds ?? 0);
      return final;
    };
    const controlBefore = c.controlNotUnchanged;
    const suite = makeSuite(rand, CI, 10);
    const runs = Array.from({ length: 20 }, () => simulateRun(rand, CI, suite));
    // What the pipeline records with each run: the rows its own gate judged.
    const judged: JudgedRow[][] = runs.map(() => []);
    const step: Change = { time: new Map([[0, 1.3]]) };
    const before = c.notUnchanged;
    for (let p = 0; p <= 8; p++) {
      // A pull request on top of main's newest run (its base), then the push on main.
      if (p > 0) {
        const { head, runner } = run(step);
        const pr = await judge(head, runner, runs.slice(-21), { onBase: {}, judged }, step, step);
        const r = rowOf(pr.results, 'bench_000');
        if (r?.status !== 'unchanged') c.prNotUnchanged++;
        if (r?.fails) c.prFailing++;
      }
      const { head, runner } = run(step);
      // The step's own push is paired with the commit before the step.
      const d = await judge(head, runner, runs.slice(-21), { continues: {}, judged }, p === 0 ? {} : step, step);
      const row = rowOf(d.results, 'bench_000');
      if (process.env.A5_TRACE === String(t)) console.error(`TRACE ${withRun} p${p}: ${row?.status} ${row?.reason}`);
      if (p === 0) {
        if (row?.fails || row?.status === 'inconclusive') c.stepCaught++;
      } else if (row?.fails && row.reason.includes('this push confirms it')) c.confirming++;
      else {
        if (row?.status !== 'unchanged') {
          c.notUnchanged++;
          c.perPosition[p - 1]!++;
          // A5_DETAIL=1 prints each such row (what the baseline made of the step) to stderr.
          if (process.env.A5_DETAIL)
            console.error(`${withRun ? 'run' : 'files'} scenario ${t} position ${p}: ${row?.status} ${row?.reason}`);
        }
        if (row?.fails) c.failing++;
      }
      if (p > 0 && rowOf(d.results, 'bench_001')?.status !== 'unchanged') c.controlNotUnchanged++;
      if (d.results.some((r) => r.fails && r.benchmark !== 'bench_000')) c.elsewhere++;
      runs.push(head);
      // As the pipeline records it (the rows judged, with the pooled figure of re-measured ones) and reads it back.
      judged.push(judgedRows({ flagged: flagEntries(annotationsOf(d)) }));
    }
    if (c.notUnchanged - before > 1) c.overOne++;
    if (c.controlNotUnchanged - controlBefore > 1) c.controlOverOne++;
  }
  return { scenarios, ...c };
}

async function printAfterStep(): Promise<void> {
  const files = await afterStep(false);
  const job = await afterStep(true);
  const n = files.scenarios;
  console.log(
    `\n## A5. After a +30 % step recorded on main: the next 8 unchanged pushes at the new level, and a pull request before each (${n} scenarios, CI-like)\n`,
  );
  console.log(
    '| job | step push flagged (fails or undecided) | next push confirms the step (by design) | later rows not unchanged | scenarios with more than 1 | of them failing | by position 1…8 | an unchanged benchmark of the same pushes: rows not unchanged / scenarios with more than 1 | failing rows of other benchmarks (pushes) | pull requests: rows not unchanged / failing | extra runs / paired rounds, median / p90 of jobs that spent them |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const [label, c] of [
    ['result files only', files],
    ['with `run` (confirm-runs 3, then confirm-ab)', job],
  ] as const) {
    const spent = (xs: number[]) => {
      const used = xs.filter((x) => x > 0);
      return used.length > 0 ? `${q(used, 0.5)} / ${q(used, 0.9)}` : '–';
    };
    console.log(
      `| ${label} | ${c.stepCaught}/${n} | ${c.confirming} | ${c.notUnchanged}/${n * 8} | ${c.overOne}/${n} | ${c.failing} | ${c.perPosition.join(' ')} | ${c.controlNotUnchanged}/${n * 8} / ${c.controlOverOne}/${n} | ${c.elsewhere} | ${c.prNotUnchanged}/${n * 8} / ${c.prFailing} | ${c === files ? '–' : `${spent(c.extra)}; ${spent(c.rounds)}`} |`,
    );
  }
}

/**
 * A failure that rests on the runner correction's shrinkage (#25): eight benchmarks on runners that
 * vary ±5 % (b0 quiet, ±1 %; the others ±6 %), 20 prior runs; a job 12 % slow measures b0 changed by
 * +6 % (under the limit) or +15 % (past it), three runs of the job (confirm-runs' figure). Counts the
 * jobs that fail b0 on the three runs, those sent to paired rounds (pairable), and what the paired
 * rounds against the base (b0 without the change, same runner) leave failing.
 */
async function printShrunkFailures(): Promise<void> {
  const n = Math.min(TRIALS, 300);
  const set = (values: number[]): ResultSet => ({
    benchmarks: values.map((v, i) => ({ name: `b${i}`, metrics: { time: { value: v, unit: 's', direction: 'smaller' } } })),
  });
  console.log(
    `\n## A6. A change on a job 12 % slow, judged on three runs of the job: the correction's share of the shared move (${n} jobs)\n`,
  );
  console.log(
    '| b0 changed by | jobs failing b0 on the three runs | … sent to paired rounds | failing after paired rounds | paired rounds median / p90 |',
  );
  console.log('|---|---|---|---|---|');
  for (const own of [1.06, 1.15]) {
    let failing = 0;
    let pairable = 0;
    let after = 0;
    const spent: number[] = [];
    for (let t = 0; t < n; t++) {
      const rand = rng(3_100_000 + t);
      const sd = (b: number) => (b === 0 ? 0.01 : 0.06);
      const job = (runner: number, factor: number) =>
        set(Array.from({ length: 8 }, (_, b) => (1 + b) * runner * (b === 0 ? factor : 1) * Math.exp(sd(b) * gaussian(rand))));
      const history = Array.from({ length: 20 }, () => job(Math.exp(0.05 * gaussian(rand)), 1));
      const heads = [0, 1, 2].map(() => job(1.12, own));
      const d = decide(medianOfRuns(heads, 'mean'), history, DEFAULT_RULES, { runs: heads });
      if (!rowOf(d.results, 'b0')?.fails) continue;
      failing++;
      if (rowOf(d.results, 'b0')?.pairable) pairable++;
      const final =
        pairableRows(d).length === 0
          ? d
          : await escalate(
              d,
              async () => ({
                baseSha: 'b'.repeat(40),
                measure: pairedRoundsOf(
                  () => job(1.12, 1),
                  () => job(1.12, own),
                  (r) => spent.push(r),
                ),
              }),
              quiet,
            );
      if (rowOf(final.results, 'b0')?.fails) after++;
    }
    console.log(
      `| +${Math.round((own - 1) * 100)} % | ${failing}/${n} | ${pairable} | ${after}/${n} | ${spent.length ? `${q(spent, 0.5)} / ${q(spent, 0.9)}` : '–'} |`,
    );
  }
}

/**
 * Result files only, on the default branch: a change is judged at its push (one run) and, if that run
 * could not decide it, again at the branch's next push, which confirms it (decide()'s `continues`).
 */
function printNextPush(): void {
  const families = FAMILIES.filter((f) => f.runs >= 20 && f.size >= 10).slice(0, 6);
  const effects = [1.15, 1.25, 1.5];
  console.log(`\n## A1b. Result files only on the default branch: caught at the push / by the next push (${TRIALS} trials)\n`);
  console.log(
    `| family | jobs failing unchanged code, push / either push | ${effects.map((e) => `+${Math.round((e - 1) * 100)} % at the push / by the next`).join(' | ')} |`,
  );
  console.log(`|${'---|'.repeat(2 + effects.length)}`);
  families.forEach((f, i) => {
    const seedBase = 7_000_000 + i * 100_000;
    let first = 0;
    let either = 0;
    for (let t = 0; t < TRIALS; t++) {
      const { head, history, background, next } = scenario(seedBase + t, f, {});
      const unchanged = (d: ReturnType<typeof decide>) =>
        d.results.some((r) => r.fails && !background.has(head.benchmarks.findIndex((b) => b.name === r.benchmark)));
      const atPush = decide(head, history, DEFAULT_RULES);
      const a = unchanged(atPush);
      const b = unchanged(
        decide(next(), [...history, head], DEFAULT_RULES, {
          continues: {},
          judged: [...history.map(() => []), failedRows(atPush)],
        }),
      );
      if (a) first++;
      if (a || b) either++;
    }
    const cells = effects.map((effect) => {
      let at = 0;
      let by = 0;
      for (let t = 0; t < TRIALS; t++) {
        const { head, history, next } = scenario(seedBase + 50_000 + t, f, { time: new Map([[0, effect]]) });
        const first = decide(head, history, DEFAULT_RULES);
        const a = rowOf(first.results, 'bench_000')?.fails;
        const b =
          !a &&
          rowOf(
            decide(next(), [...history, head], DEFAULT_RULES, {
              continues: {},
              judged: [...history.map(() => []), failedRows(first)],
            }).results,
            'bench_000',
          )?.fails;
        if (a) at++;
        if (a || b) by++;
      }
      return `${pct(at / TRIALS)} / ${pct(by / TRIALS)}`;
    });
    console.log(`| ${f.name} | ${pct(first / TRIALS)} / ${pct(either / TRIALS)} | ${cells.join(' | ')} |`);
  });
}

interface JobKind {
  jobs: number;
  falseJobs: number[];
  caught: number[];
  extras: number[];
  naiveFalse: number;
  naiveCaught: number;
  paired: number;
}

const kindOfJob = (c: Record<string, number> | null) => {
  if (!c) return 'unchanged';
  const f = Object.values(c);
  return f.length > 1 ? `${f.length} benchmarks ${f[0]}×` : `one benchmark ${f[0]}×`;
};

/** Every job of the corpus through the pipeline's re-measurement policy against one history; tallies by kind. */
async function scoreJobs(corpus: RealJobsCorpus, history: ResultSet[], kinds: Map<string, JobKind>): Promise<void> {
  for (const job of corpus.jobs) {
    const kind = kindOfJob(job.change);
    const k = kinds.get(kind) ?? {
      jobs: 0,
      falseJobs: [0, 0],
      caught: [0, 0],
      extras: [],
      naiveFalse: 0,
      naiveCaught: 0,
      paired: 0,
    };
    kinds.set(kind, k);
    k.jobs++;
    const changed = new Set(Object.keys(job.change ?? {}));
    const head = { benchmarks: job.runs[0]! };
    const first = decide(head, history, DEFAULT_RULES);
    let next = 1;
    const measure = async (names: string[]) => ({
      benchmarks: (job.runs[next++] ?? []).filter((b) => names.includes(b.name)),
    });
    const { decision, summary } =
      undecidedRows(first).length > 0
        ? await remeasure({ runs: 3 }, measure, head, history, DEFAULT_RULES, first, { log: quiet })
        : { decision: first, summary: undefined };
    k.extras.push(summary?.runs ?? 0);
    for (const [i, d] of [first, decision].entries()) {
      if (d.results.some((r) => r.fails && !changed.has(r.benchmark))) k.falseJobs[i]!++;
      if (changed.size > 0 && [...changed].every((name) => rowOf(d.results, name)?.fails)) k.caught[i]!++;
    }
    // Changed rows that neither failed nor were cleared, left to paired rounds against the base
    // (confirm-ab, the action's default), which this corpus cannot replay: it holds no base runs.
    const leftToPairs = (name: string) => {
      const r = rowOf(decision.results, name);
      return !!r && !r.fails && (r.pairable === true || r.settled === false);
    };
    // For unchanged jobs: any enforced row left to paired rounds (what pairing would cost them).
    const looked = changed.size > 0 ? [...changed] : decision.results.filter((r) => r.enforced).map((r) => r.benchmark);
    if (looked.some(leftToPairs)) k.paired++;
    const times = head.benchmarks.filter((b) => b.metrics.time).map((b) => b.name);
    if (times.some((name) => !changed.has(name) && naiveFails(head, history.at(-1), name))) k.naiveFalse++;
    if (changed.size > 0 && [...changed].every((name) => naiveFails(head, history.at(-1), name))) k.naiveCaught++;
  }
}

function printJobKinds(kinds: Map<string, JobKind>): void {
  console.log(
    '| jobs | count | failing a benchmark they did not change: engine | naive | every changed benchmark failed: engine | naive | a changed row (unchanged jobs: any row) undecided or not cleared, left to paired rounds (confirm-ab; not replayable here) | extra runs median / p90 / max |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const [kind, k] of [...kinds].sort((a, b) =>
    a[0] === 'unchanged' ? -1 : b[0] === 'unchanged' ? 1 : a[0].localeCompare(b[0]),
  )) {
    const caught = kind === 'unchanged' ? '–' : `${k.caught[0]} → ${k.caught[1]} of ${k.jobs}`;
    const naiveCaught = kind === 'unchanged' ? '–' : `${k.naiveCaught} of ${k.jobs}`;
    console.log(
      `| ${kind} | ${k.jobs} | ${k.falseJobs[0]} → ${k.falseJobs[1]} | ${k.naiveFalse} | ${caught} | ${naiveCaught} | ${k.paired} of ${k.jobs} | ${q(k.extras, 0.5)} / ${q(k.extras, 0.9)} / ${Math.max(...k.extras)} |`,
    );
  }
}

/**
 * The same-job corpora (bench/corpus/real-jobs.json and real-jobs-3hogs.json, bench/record-jobs.ts):
 * jobs of the example suite recorded beside two (three) intermittent CPU hogs, each a head run and
 * three re-runs back to back, unchanged or with known slowdowns. Each job goes through the pipeline's own re-measurement policy
 * (remeasure.ts, confirm-runs 3), a re-run answering with the job's next recorded run (only the
 * benchmarks asked for), against the recorded history; side by side with the naive rule (head ÷ the
 * newest history run > 1.10). Per kind of job: jobs failing a benchmark the job did not change, jobs
 * whose every changed benchmark fails, extra runs spent. Then the same against short histories (2 to
 * 5 prior runs, as in a new project's first pushes and the demo's seed runs): every job against
 * each run of that many consecutive history runs that does not overlap another.
 */
async function printJobs(): Promise<void> {
  // Two corpora: beside two hogs (the first recorded) and beside three (harsher: each run shares the
  // 2-core machine with up to three busy neighbours). JOBS_CORPUS names another file instead.
  const files = process.env.JOBS_CORPUS
    ? [process.env.JOBS_CORPUS]
    : ['bench/corpus/real-jobs.json', 'bench/corpus/real-jobs-3hogs.json'];
  for (const [i, file] of files.entries()) {
    if (!existsSync(file)) continue;
    const corpus = JSON.parse(readFileSync(file, 'utf8')) as RealJobsCorpus;
    const history = corpus.history.map((benchmarks) => ({ benchmarks }));
    const kinds = new Map<string, JobKind>();
    await scoreJobs(corpus, history, kinds);
    const beside = /beside (\w+) intermittent CPU hogs/.exec(corpus.description)?.[1] ?? 'two';
    console.log(
      `\n## B3${i === 0 ? '' : String.fromCharCode(97 + i)}. Same-job corpus (${file}): ${corpus.jobs.length} jobs of the example suite beside ${beside} intermittent CPU hogs, each a head run and 3 re-runs (recorded ${corpus.recorded}, ${corpus.machine}); ${corpus.history.length} history runs; the push alone → confirm-runs 3\n`,
    );
    printJobKinds(kinds);
    for (const prior of [2, 3, 4, 5]) {
      const short = new Map<string, JobKind>();
      let windows = 0;
      for (let from = 0; from + prior <= history.length; from += prior, windows++)
        await scoreJobs(corpus, history.slice(from, from + prior), short);
      console.log(
        `\nThe same ${corpus.jobs.length} jobs against ${prior} prior runs only (each of ${windows} windows of ${prior} consecutive history runs; counts are jobs × windows):\n`,
      );
      printJobKinds(short);
    }
  }
}

const only = process.argv.slice(2);
const figures = recordFigures('eval', `${TRIALS} trials per family, fixed seeds`);
if (only.length === 0 || only.includes('families')) printFamilies();
if (only.length === 0 || only.includes('next')) printNextPush();
if (only.length === 0 || only.includes('invariants')) printInvariants();
if (only.length === 0 || only.includes('series')) printSeries();
if (only.length === 0 || only.includes('corpus')) printCorpus();
if (only.length === 0 || only.includes('confirm')) printConfirm();
if (only.length === 0 || only.includes('remeasure')) await printRemeasure();
if (only.length === 0 || only.includes('step')) await printAfterStep();
if (only.length === 0 || only.includes('shrunk')) await printShrunkFailures();
if (only.length === 0 || only.includes('jobs')) await printJobs();
figures.finish(only.length === 0 && process.env.TRIALS === undefined);
