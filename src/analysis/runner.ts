/**
 * The runner shift: on shared CI machines a whole job runs faster or slower, moving every time-like
 * benchmark of the run together. On the log scale, run r of benchmark b measures
 *     x[r,b] = μ_b + s_r + ε[r,b]
 * and s_r is estimated per run, then factored out. Three things keep that honest:
 *  - The estimate seeks the mode of the benchmarks' deviations (Tukey biweight around each benchmark's
 *    own noise), not their median, so when most benchmarks really changed it still locks onto the
 *    ones that did not, instead of being dragged toward the changes.
 *  - It is shrunk by how much runners really vary in this history: when per-run shifts vary no more
 *    than independent noise would make them (a quiet machine, unrelated series), little is corrected.
 *  - For the head run, shifts the history's runners make implausible are weighed down (a heavy-tailed
 *    prior), so a cluster of unmoved benchmarks is preferred to a larger cluster that moved together
 *    by more than any runner has. A shift that stays implausible is flagged `unusual`.
 */
import { biweight, median, robustScale, winsorizedSd } from './stats.js';

/** Residuals within this many of a benchmark's σ count toward a cluster. */
const KERNEL_WIDTH = 3;
/** Clusters with at least this share of the largest one's support compete; the prior picks among them. */
const COMPETITIVE = 0.6;
/** Least per-benchmark scale for clustering (timers and schedulers jitter ~1 % at best). */
const MIN_SCALE = 0.01;
/** What runners are assumed to vary (1 σ, log) while the history is too short to tell (1–2 runs). */
const TAU_PRIOR = 0.1;
/** Benchmarks needed before a shared shift can be told from the benchmarks' own noise. */
export const MIN_BENCHMARKS_FOR_SHIFT = 3;
/**
 * A runner-up explanation with at least 2/3 of the best one's benchmarks and this share of its
 * support × prior makes the choice ambiguous (3 benchmarks against 2 is; 4 against 2 is not).
 */
const AMBIGUOUS = 0.5;

/**
 * Share of a job's benchmarks that may fit neither of two groups for the job to read as split between
 * them. On a machine 60 % slower a benchmark's own scatter grows with it, and two of twenty fell
 * outside both groups: the 10 that got 40 % faster were taken as the machine's level and the other 10
 * failed at "+70 %" (bench:patterns, half the suite 40 % faster: 22 rows of unchanged benchmarks failed
 * on 5 of 700 pushes, with this 3 on 3).
 */
const SPLIT_MISFITS = 0.1;
/**
 * …counted only from SPLIT_SUITE benchmarks up: in a smaller job one benchmark outside both groups is
 * too large a share to read the rest as split (bench:eval A4, 6 of 10 benchmarks changed: with one
 * allowed, +25 % was caught in 95.5 % of jobs after paired rounds instead of 99.5 %).
 */
const SPLIT_SUITE = 20;
const splitMisfits = (n: number) => (n >= SPLIT_SUITE ? Math.floor(SPLIT_MISFITS * n) : 0);

/** Most candidate shifts tried per run: every deviation in small suites, evenly spaced ranks in large ones (linear cost). */
const MAX_CANDIDATES = 64;

function candidateShifts(devs: readonly number[]): number[] {
  if (devs.length <= MAX_CANDIDATES) return [0, ...devs];
  const sorted = [...devs].sort((a, b) => a - b);
  const picks = Array.from(
    { length: MAX_CANDIDATES },
    (_, i) => sorted[Math.round((i * (sorted.length - 1)) / (MAX_CANDIDATES - 1))]!,
  );
  return [0, ...picks];
}

export interface ShiftEstimate {
  shift: number;
  se: number;
  /** Benchmarks whose deviation lies within the kernel around the shift. */
  support: number;
}

/**
 * The mode of `devs` (each with its own scale), optionally weighted by a prior on the shift: the
 * candidate (a deviation, or 0) with the most kernel support × prior, refined by biweight iterations.
 */
export function locateShift(
  devs: readonly number[],
  scales: readonly number[],
  prior?: (m: number) => number,
  awayFrom?: number,
): ShiftEstimate & { score: number } {
  const h = scales.map((s) => KERNEL_WIDTH * Math.max(Number.isFinite(s) ? s : MIN_SCALE, MIN_SCALE));
  // Σ biweight((d − m) / h) as a plain loop (the hot spot of a large suite: candidates × benchmarks).
  const n = devs.length;
  const support = (m: number) => {
    let acc = 0;
    for (let i = 0; i < n; i++) {
      const u = (devs[i]! - m) / h[i]!;
      if (u > -1 && u < 1) acc += (1 - u * u) ** 2;
    }
    return acc;
  };
  // `awayFrom`: the best cluster that is clearly apart from that shift (the runner-up explanation).
  const apart = awayFrom === undefined ? 0 : 2 * median(h);
  // The prior only arbitrates between clusters of comparable size; it never lets a lone benchmark
  // outvote a clear majority that moved together (a slow runner nobody has seen before is still one).
  const candidates = candidateShifts(devs)
    .filter((m) => awayFrom === undefined || Math.abs(m - awayFrom) > apart)
    .map((m) => ({ m, support: support(m) }));
  const most = Math.max(0, ...candidates.map((c) => c.support));
  let best = 0;
  let bestScore = -Infinity;
  for (const c of candidates) {
    if (c.support < COMPETITIVE * most) continue;
    const score = c.support * (prior ? prior(c.m) : 1) + (c.m === 0 ? 1e-9 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = c.m;
    }
  }
  if (bestScore === -Infinity) return { shift: 0, se: Infinity, support: 0, score: 0 };
  let m = best;
  for (let it = 0; it < 30; it++) {
    let sw = 0;
    let swd = 0;
    for (let i = 0; i < n; i++) {
      const d = devs[i]!;
      const w = biweight((d - m) / h[i]!) / (h[i]! / KERNEL_WIDTH) ** 2;
      sw += w;
      swd += w * d;
    }
    if (sw === 0) break;
    const next = swd / sw;
    if (Math.abs(next - m) < 1e-7) {
      m = next;
      break;
    }
    m = next;
  }
  let info = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const w = biweight((devs[i]! - m) / h[i]!);
    if (w > 0) count++;
    info += w / (h[i]! / KERNEL_WIDTH) ** 2;
  }
  return { shift: m, se: info > 0 ? 1.05 / Math.sqrt(info) : Infinity, support: count, score: bestScore };
}

export interface RunnerModel {
  /** Shift factored out of each baseline run (log; 0 where not estimable). */
  shifts: number[];
  /** Shift factored out of the head run (log). */
  headShift: number;
  /** Standard error of `headShift` (log). */
  headShiftSe: number;
  /** The head run's shared shift as located, before shrinkage (log). */
  headEstimate: number;
  /** Typical spread of runner shifts in the history (log, 1 σ). */
  tau: number;
  benchmarks: number;
  supporting: number;
  unusual: boolean;
  /** Set when a larger group moved together by an implausible amount and the unmoved ones were preferred. */
  movedTogether?: { count: number; shift: number };
  /**
   * A second explanation of the head run nearly as good as the first (two groups of benchmarks, either
   * of which could be the runner's level): rows whose verdict depends on the choice are inconclusive.
   */
  alternative?: { shift: number; support: number };
  /**
   * A slower-runner reading of the head that the prior set aside only because this history's runners
   * rarely moved that far: a group nearly as large as the chosen one, at a higher shift, the two
   * together every benchmark of the job. Read that way the other benchmarks only got faster;
   * decide() keeps rows from failing on the choice where no row is worse under it (an improvement
   * never fails the check on that doubt).
   */
  slower?: { shift: number; support: number };
  /**
   * Where a group nearly as large as the chosen one (2/3 of it) sits at a higher shift: how well
   * "a slower machine" explains the job against the chosen reading (support × prior over the chosen
   * one's, at most 1). Two jobs run on two machines, so consecutive pushes that split the suite the
   * same way multiply their odds (decide's slowerTwice).
   */
  slowerOdds?: number;
  /**
   * A faster-runner reading of the head nearly as well supported as the chosen one (a group at least
   * 2/3 its size, at a lower shift) that the prior set aside: read that way, the benchmarks of the
   * chosen group got slower. decide() has rows that would then be past their limit paired against the
   * base commit (confirm-ab), since re-runs on the same runner cannot tell the readings apart.
   */
  faster?: { shift: number; support: number };
  /**
   * Where the chosen reading is a slower machine and a group of benchmarks (MIN_BENCHMARKS_FOR_SHIFT or
   * more) stayed lower: that group's shift and support, and how often this history's runners ran as
   * slow as the reading chosen against as slow as that group's level (the runner prior's ratio, at most
   * 1; either reading is one change that moved one group). Most of a suite slowed by one change reads
   * as a slower machine on its own run; where this history's runners rarely ran that slow, decide()
   * leaves the rows that slowed undecided, and a second push reading so again multiplies the odds.
   */
  lower?: { shift: number; support: number; odds: number };
}

/**
 * How plausible a shift m is for this history's runners: a kernel density over the shifts the history
 * had (so slow runners seen before stay plausible), with a heavy-tailed floor (so a runner never seen
 * before is unlikely, not impossible). Scaled to 1 at its peak; with 1–2 runs only the floor speaks.
 */
export function shiftPrior(history: readonly number[], tau: number): (m: number) => number {
  const width = 3 * Math.max(tau, 0.02);
  const floor = (m: number) => 1 / (1 + (m / width) ** 2);
  if (history.length < 3) return floor;
  const bw = Math.max(tau / 2, 0.02);
  const kde = (m: number) => history.reduce((a, s) => a + Math.exp(-0.5 * ((m - s) / bw) ** 2), 0);
  const peak = Math.max(kde(0), ...history.map(kde));
  return (m) => Math.max(kde(m) / peak, 0.1 * floor(m));
}

interface SeriesLogs {
  logs: readonly number[];
  headLog: number;
}

const centerOf = (logs: readonly number[], shifts: readonly number[]) =>
  median(logs.map((v, r) => v - shifts[r]!).filter(Number.isFinite));

/** Fits the shared runner shift of every baseline run and of the head run over comparable series. */
export function fitRunner(series: readonly SeriesLogs[], runs: number): RunnerModel {
  let shifts = Array.from({ length: runs }, () => 0);
  let ses = shifts.map(() => Infinity);
  let centers = series.map((s) => centerOf(s.logs, shifts));
  const scaleOf = (s: SeriesLogs, i: number) => {
    const e = s.logs.map((v, r) => v - shifts[r]! - centers[i]!).filter(Number.isFinite);
    return e.length >= 2 ? robustScale(e) : NaN;
  };
  let scales = series.map(scaleOf);
  const estimateRuns = () =>
    shifts.map((_, r) => {
      const idx = series.map((s, i) => i).filter((i) => Number.isFinite(series[i]!.logs[r]!));
      if (idx.length < MIN_BENCHMARKS_FOR_SHIFT) return { shift: 0, se: Infinity, support: 0 };
      return locateShift(
        idx.map((i) => series[i]!.logs[r]! - centers[i]!),
        idx.map((i) => scales[i]!),
      );
    });
  for (let pass = 0; pass < 2; pass++) {
    const est = estimateRuns();
    shifts = est.map((e) => e.shift);
    ses = est.map((e) => e.se);
    centers = series.map((s) => centerOf(s.logs, shifts));
    scales = series.map(scaleOf);
  }

  // Do runners vary here at all? Shifts that vary no more than their own estimation error say no.
  const estimable = shifts.map((s, r) => ({ s, se: ses[r]! })).filter((x) => Number.isFinite(x.se));
  let tau: number;
  if (estimable.length >= 3) {
    const spread = winsorizedSd(estimable.map((x) => x.s));
    const noise = estimable.reduce((a, x) => a + x.se ** 2, 0) / estimable.length;
    tau = Math.sqrt(Math.max(0, spread ** 2 - noise));
  } else tau = TAU_PRIOR;
  const shrink = (se: number) => (Number.isFinite(se) ? tau ** 2 / (tau ** 2 + se ** 2 || 1) : 0);
  shifts = shifts.map((s, r) => s * shrink(ses[r]!));
  centers = series.map((s) => centerOf(s.logs, shifts));
  scales = series.map(scaleOf);

  const idx = series.map((_, i) => i).filter((i) => Number.isFinite(series[i]!.headLog) && Number.isFinite(centers[i]!));
  if (idx.length < MIN_BENCHMARKS_FOR_SHIFT)
    return { shifts, headShift: 0, headShiftSe: 0, headEstimate: 0, tau, benchmarks: idx.length, supporting: 0, unusual: false };
  const devs = idx.map((i) => series[i]!.headLog - centers[i]!);
  const sc = idx.map((i) => scales[i]!);
  const prior = shiftPrior(estimable.length >= 3 ? shifts : [], tau);
  const head = locateShift(devs, sc, prior);
  const runnerUp = locateShift(devs, sc, prior, head.shift);
  const free = locateShift(devs, sc);
  const w = shrink(head.se);
  const seen = Math.max(0, ...shifts.map(Math.abs));
  const unusual =
    estimable.length >= 3 &&
    Math.abs(head.shift) > 3 * Math.max(tau, 0.01) + 2 * head.se &&
    Math.abs(head.shift) > seen + 2 * head.se;
  const model: RunnerModel = {
    shifts,
    headShift: head.shift * w,
    headShiftSe: Number.isFinite(head.se) ? head.se * w : 0,
    headEstimate: head.shift,
    tau,
    benchmarks: idx.length,
    supporting: head.support,
    unusual,
  };
  if (free.support > head.support && Math.abs(free.shift - head.shift) > 2 * Math.max(tau, 0.01))
    model.movedTogether = { count: free.support, shift: free.shift };
  const close = runnerUp.support >= 2 && 3 * runnerUp.support >= 2 * head.support;
  if (close && runnerUp.score >= AMBIGUOUS * head.score)
    model.alternative = { shift: runnerUp.shift * w, support: runnerUp.support };
  // Only where the job splits into the two groups (up to SPLIT_MISFITS of it fitting neither): with
  // more benchmarks outside both, the chosen reading is one of several and the history's runners are
  // the better judge.
  else if (close && runnerUp.shift > head.shift && head.support + runnerUp.support >= idx.length - splitMisfits(idx.length))
    model.slower = { shift: runnerUp.shift * w, support: runnerUp.support };
  if (close && runnerUp.shift > head.shift) model.slowerOdds = head.score > 0 ? Math.min(1, runnerUp.score / head.score) : 1;
  if (close && !model.alternative && runnerUp.shift < head.shift)
    model.faster = { shift: runnerUp.shift * w, support: runnerUp.support };
  // Only against a group that stayed lower: where every benchmark moved, two slower machines in a row
  // are what real runners do (go-algorand, Raphtory: the whole suite +20 … +37 % on two pushes, then
  // back), and the runner prior, fitted to one machine at a time, makes that pair look rarer than it is.
  if (head.shift > 0 && runnerUp.shift < head.shift && runnerUp.support >= MIN_BENCHMARKS_FOR_SHIFT)
    model.lower = {
      shift: runnerUp.shift * w,
      support: runnerUp.support,
      odds: Math.min(1, prior(head.shift) / prior(runnerUp.shift)),
    };
  return model;
}
