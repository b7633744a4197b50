/**
 * Levels, not windows: the baseline of a benchmark is its current level. Within the baseline window a
 * series is cut where its level changed (binary segmentation: the split whose two sides a rank test
 * tells apart best, kept at p ≤ LEVEL_P, each side searched again). Older levels are moved onto the
 * current one, so they still inform the noise but never the level: a step that landed five runs ago is
 * the baseline now, not a +15 % that every later push is blamed for, and the deviations the noise and
 * tail models see are run-to-run noise, not the step.
 */
import { lowerBound, maxOf, minOf } from '../arrays.js';
import { mannWhitneyPSorted } from './changes.js';
import { median, sortedMedian } from './median.js';
import { robustScale } from './stats.js';

/** Two-sided p a split must reach: a window of 20 runs tries ~15 splits, so this keeps false levels rare. */
const LEVEL_P = 0.002;
/** Fewest runs on each side of a split (fewer cannot be told from a spike). */
const MIN_LEVEL_RUNS = 4;
/** Smallest level change worth a split (log ≈ 1.5 %): quantised timers differ by less and mean nothing. */
const MIN_LEVEL_CHANGE = 0.015;

export interface Levels {
  /** Index (into the window) of the first run at the current level. */
  from: number;
  /** The level-adjusted logs: each earlier level moved onto the current one (NaN stays NaN). */
  adjusted: number[];
  /** How many level changes the window holds. */
  changes: number;
}

/** Runs at a new level, at the end of the window, that make it the baseline before a rank test could. */
const FRESH_RUNS = [4, 3, 2];
/**
 * The same, for the runs less the machine's share (levelsOf's `machine`): four. Without the runner's
 * scatter a short stretch stands out more easily; with two or three runs, two of 300 simulated jobs
 * on a noisy machine took two low runs of an unchanged benchmark for a level and failed the head
 * against it (+43 %), and on the real histories 11 more pushes failed (169, not 158) while fewer
 * lasting shifts failed within one push (72, not 77).
 */
const NET_FRESH_RUNS = [4];

/**
 * A step recorded in the last two or three runs: each of them beyond everything the level before
 * them measured, on the same side, by more than three of its σ. A step is judged once, on the push
 * that brought it; the pushes after it are judged against it. One run is never enough (spikes are
 * common; two in a row past everything before are not).
 *
 * `judged`: index (into values) of the newest run whose own push judged a step on this series (its
 * gate failed it, or a team accepted it). That push already decided the step, so its level needs less
 * to stand than an unjudged one: from the run that brought it (the judged run, or the run before where
 * the judgement confirmed that run's step) most runs since lie beyond the level before by more than
 * three of its σ, and their median too. Seen in simulation: a +30 % step failed on main, and the third
 * push after it blamed "+28 %" because one of the three runs at the new level fell short of the old
 * level's largest spike.
 */
function freshLevel(
  values: readonly number[],
  from: number,
  head?: number,
  judged?: number,
  fresh: readonly number[] = FRESH_RUNS,
): number | undefined {
  const n = values.length;
  const beyond = (before: readonly number[]) => {
    const center = median(before);
    const margin = Math.max(3 * Math.max(robustScale(before), 0.005), MIN_LEVEL_CHANGE);
    return { center, margin };
  };
  // A judged step first: it says where the level began (the fresh-run test below may cut later).
  if (judged !== undefined)
    for (const start of [judged - 1, judged]) {
      const before = values.slice(from, start);
      const tail = values.slice(start);
      // Two runs at least: one run alone may be a spike the gate failed, and the head may be back.
      if (before.length < MIN_LEVEL_RUNS || tail.length < 2) continue;
      const { center, margin } = beyond(before);
      for (const side of [1, -1]) {
        const off = (v: number) => side * (v - center) > margin;
        if (off(values[start]!) && off(median(tail)) && 2 * tail.filter(off).length > tail.length) return start;
      }
    }
  // The newest run and the head, both past everything before and agreeing, where the newest run's own
  // push judged that step (its gate failed it, or a team accepted it): the head is judged against that
  // level, not blamed again. Without that knowledge the newest run may as well have been a spike that
  // a real change of the head happens to match (seen in simulation: +50 % passed against a +41 % spike).
  const withHead = judged === n - 1 && head !== undefined && Number.isFinite(head) ? [1] : [];
  for (const m of [...fresh, ...withHead]) {
    const before = values.slice(from, n - m);
    const tail = m === 1 ? [values[n - 1]!, head!] : values.slice(n - m);
    if (before.length < MIN_LEVEL_RUNS || tail.length < m) continue;
    // Past everything before first (cheap): most series have no fresh level, and the robust margin
    // (a sort and a MAD) is then never needed — a hot path, every benchmark of every run.
    const hi = maxOf(before);
    const lo = minOf(before);
    const up = tail.every((v) => v > hi);
    if (!up && !tail.every((v) => v < lo)) continue;
    const { center, margin } = beyond(before);
    // Agreeing: two runs of one level, each scattering σ about it, differ by σ√2 (3σ of that difference).
    if (m === 1 && Math.abs(tail[0]! - tail[1]!) > Math.SQRT2 * margin) continue;
    if (up ? tail.every((v) => v > center + margin) : tail.every((v) => v < center - margin)) return n - m;
  }
  return undefined;
}

/**
 * The machine's share of each run of a suite (log; NaN where unknown): what the runs of one window have
 * in common, the runner's speed. See machineShare.
 */
export interface Machine {
  runs: readonly number[];
  head: number;
}

const share = (x: number | undefined) => (x !== undefined && Number.isFinite(x) ? x : 0);

/** Fewest benchmarks of a run whose common move is read as the machine's. */
const MACHINE_BENCHMARKS = 5;

/**
 * Each run's shared move (log): the median over the suite's benchmarks of how far the run measured
 * each from that benchmark's median over the window; NaN where fewer than MACHINE_BENCHMARKS
 * benchmarks measured the run. `series`: per benchmark, its logs in the window (NaN where absent)
 * and its head log.
 */
export function machineShare(series: readonly { logs: readonly number[]; head: number }[], runs: number): Machine {
  const centers = series.map((s) => median(s.logs.filter(Number.isFinite)));
  const moveOf = (pick: (s: (typeof series)[number]) => number) => {
    const moves: number[] = [];
    series.forEach((s, b) => {
      const d = pick(s) - centers[b]!;
      if (Number.isFinite(d)) moves.push(d);
    });
    return moves.length >= MACHINE_BENCHMARKS ? median(moves) : NaN;
  };
  return {
    runs: Array.from({ length: runs }, (_, r) => moveOf((s) => s.logs[r] ?? NaN)),
    head: moveOf((s) => s.head),
  };
}

/**
 * The levels of one series of logs (oldest first, NaN where absent). `judgedAt`: index (into logs) of
 * the newest run whose own push judged a step on this series: the step is its level from then on where
 * the runs since agree (freshLevel). `machine`: the suite's shared move per run; where the runs as
 * measured show no fresh level, it is looked for in the runs less that move — on a shared runner a
 * +30 % step measured on a machine 20 % faster reads as +4 %, under spikes the old level had, while
 * the other benchmarks of the same runs say how fast the machine was. The levels are then measured
 * that way too.
 */
export function levelsOf(logs: readonly number[], head?: number, judgedAt?: number, machine?: Machine): Levels {
  const at: number[] = [];
  const values: number[] = [];
  logs.forEach((v, i) => {
    if (Number.isFinite(v)) {
      at.push(i);
      values.push(v);
    }
  });
  const cuts: number[] = [];
  const search = (lo: number, hi: number): void => {
    if (hi - lo < 2 * MIN_LEVEL_RUNS) return;
    let best = 1;
    let split = -1;
    // Both sides kept sorted as the split slides (one value moves from right to left per step): each
    // side's median and the rank test come from them, not from sorting both sides at every split.
    const left = values.slice(lo, lo + MIN_LEVEL_RUNS).sort((a, b) => a - b);
    const right = values.slice(lo + MIN_LEVEL_RUNS, hi).sort((a, b) => a - b);
    for (let t = lo + MIN_LEVEL_RUNS; t <= hi - MIN_LEVEL_RUNS; t++) {
      if (t > lo + MIN_LEVEL_RUNS) {
        const moved = values[t - 1] as number;
        right.splice(lowerBound(right, moved), 1);
        left.splice(lowerBound(left, moved), 0, moved);
      }
      if (Math.abs(sortedMedian(right) - sortedMedian(left)) < MIN_LEVEL_CHANGE) continue;
      const p = mannWhitneyPSorted(left, right);
      if (p < best) {
        best = p;
        split = t;
      }
    }
    if (split < 0 || best > LEVEL_P) return;
    cuts.push(split);
    search(lo, split);
    search(split, hi);
  };
  search(0, values.length);
  cuts.sort((a, b) => a - b);
  const judged = judgedAt === undefined ? -1 : at.indexOf(judgedAt);
  let fresh = freshLevel(values, cuts.at(-1) ?? 0, head, judged >= 0 ? judged : undefined);
  // Net of the machine: each run less the suite's shared move in it (machineShare).
  let levelled = values;
  if (fresh === undefined && machine) {
    const fair = values.map((v, j) => v - share(machine.runs[at[j]!]));
    const fairHead = head === undefined ? undefined : head - share(machine.head);
    // Unjudged, a fresh level needs the newest run past everything before the last few (cheap to rule out).
    const older = fair.slice(cuts.at(-1) ?? 0, -Math.max(...NET_FRESH_RUNS));
    const newest = fair.at(-1)!;
    if (judged >= 0 || (older.length > 0 && (newest > maxOf(older) || newest < minOf(older)))) {
      fresh = freshLevel(fair, cuts.at(-1) ?? 0, fairHead, judged >= 0 ? judged : undefined, NET_FRESH_RUNS);
      if (fresh !== undefined) levelled = fair;
    }
  }
  if (fresh !== undefined) cuts.push(fresh);
  if (cuts.length === 0) return { from: 0, adjusted: [...logs], changes: 0 };
  const bounds = [0, ...cuts, values.length];
  const medians = bounds.slice(0, -1).map((b, k) => median(levelled.slice(b, bounds[k + 1])));
  const current = medians.at(-1)!;
  const adjusted = [...logs];
  for (let k = 0; k < medians.length - 1; k++)
    for (let j = bounds[k]!; j < bounds[k + 1]!; j++) adjusted[at[j]!] = values[j]! - medians[k]! + current;
  return { from: at[cuts.at(-1)!]!, adjusted, changes: cuts.length };
}
