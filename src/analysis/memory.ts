/**
 * Spike memory: how each benchmark strayed in runs older than the baseline window. The window says
 * where the level is and how the benchmark scatters now; a benchmark that drops to half its speed for
 * one run every 20–50 runs (seen on real runners: napi-rs' `Plus number`) may show no such run in the
 * newest 20, and its next dip then reads as a 100 %-confident regression. Older runs enter the
 * benchmark's own empirical tail (historyTest's `own`) and, for a row one run would fail, the suite's
 * per-run extremes (decide.ts familyTails: a suite whose benchmarks spike every few dozen runs may show
 * none in the newest 20): never its level or its σ. Steps leave no deviation here (below), so other
 * benchmarks' unflagged steps do not count as spikes.
 *
 * Each older run's deviation is taken from the run's neighbours, not from a level: the median of the
 * runs around it (MEMORY_REACH on each side) follows a step without smearing it, so a level change
 * leaves no deviation behind, while a spike of one or two runs does. What the runs' machine shared
 * (the median deviation over the suite's benchmarks in that run) is taken out, as the runner
 * correction does for the window.
 */
import { isIgnored, type Rules } from '../config.js';
import type { Benchmark, ResultSet } from '../model.js';
import { sortedMedian } from './median.js';
import { isTimeLike, runStatistic } from './series.js';

/** Neighbours on each side whose median is an older run's local level. */
const MEMORY_REACH = 5;
/** Fewest neighbours (both sides together) a local level needs. */
const MIN_NEIGHBOURS = 4;
/** Fewest runs on one side whose median may be the local level. */
const MIN_SIDE = 2;
/** Fewest benchmarks in a run whose median deviation is read as that run's machine. */
const MIN_FOR_RUNNER = 3;
/** Benchmarks whose deviations say what a run's machine shared (the first this many time-like ones). */
const RUNNER_SAMPLE = 100;

/** Each benchmark's deviations in the older runs, computed when a row asks (most rows never do). */
export interface SpikeMemory {
  /**
   * The deviations (log, value minus its local level, the machine's share taken out), one per older
   * run, oldest first (NaN where the run has no local level), or undefined when none is known.
   */
  deviations(benchmark: string, metric: string): readonly number[] | undefined;
}

/**
 * The spike memory of `head`'s time-like benchmarks in the older runs (`memory`, oldest first);
 * undefined when there are too few of them to give any run a local level.
 */
export function spikeMemory(head: ResultSet, memory: readonly ResultSet[], rules: Rules): SpikeMemory | undefined {
  const runs = memory.length;
  if (runs < 2 * MIN_NEIGHBOURS + 1) return undefined;
  // Runs list their benchmarks in the same order as a rule: look there first, by name only where it differs.
  const indexes: (Map<string, Benchmark> | undefined)[] = memory.map(() => undefined);
  const position = new Map(head.benchmarks.map((b, i) => [b.name, i]));
  const find = (r: number, name: string): Benchmark | undefined => {
    const run = memory[r]!.benchmarks;
    const at = run[position.get(name) ?? -1];
    if (at?.name === name) return at;
    indexes[r] ??= new Map(run.map((b) => [b.name, b]));
    return indexes[r]!.get(name);
  };
  const logs = new Float64Array(runs);
  const before = new Float64Array(MEMORY_REACH);
  const after = new Float64Array(MEMORY_REACH);
  const around = new Float64Array(2 * MEMORY_REACH);
  /** The finite logs of runs from..to (inclusive) into `into`, sorted (insertion sort); how many. */
  const sortedSide = (into: Float64Array, from: number, to: number): number => {
    let k = 0;
    for (let j = Math.max(0, from); j <= Math.min(runs - 1, to); j++) {
      const v = logs[j]!;
      if (!Number.isFinite(v)) continue;
      let p = k++;
      while (p > 0 && into[p - 1]! > v) {
        into[p] = into[p - 1]!;
        p--;
      }
      into[p] = v;
    }
    return k;
  };
  /**
   * A series' deviations from its local level, before the machine's share is taken out (NaN where
   * unknown). The level is the median of the runs on both sides; where the two sides' medians lie
   * further apart than the run lies from that level, a step falls among its neighbours, and the run is
   * measured from the side it matches: at a step's edge the median of both sides sits halfway between
   * the two levels (a step reverted 15 runs later read as two half-step spikes, which then made a
   * real +80 % on another benchmark "not credible"), while a spike stands out from both sides alike.
   */
  const residuals = (name: string, metric: string): Float64Array => {
    for (let i = 0; i < runs; i++) {
      const pm = find(i, name)?.metrics[metric];
      const v = pm ? runStatistic(pm, rules.statistic) : NaN;
      logs[i] = v > 0 ? Math.log(v) : NaN;
    }
    const r = new Float64Array(runs).fill(NaN);
    for (let i = 0; i < runs; i++) {
      if (!Number.isFinite(logs[i]!)) continue;
      const kb = sortedSide(before, i - MEMORY_REACH, i - 1);
      const ka = sortedSide(after, i + 1, i + MEMORY_REACH);
      if (kb + ka < MIN_NEIGHBOURS) continue;
      // Both sides merged, in order.
      let p = 0;
      let q = 0;
      for (let k = 0; k < kb + ka; k++) around[k] = q >= ka || (p < kb && before[p]! <= after[q]!) ? before[p++]! : after[q++]!;
      const both = logs[i]! - sortedMedian(around.subarray(0, kb + ka));
      r[i] = both;
      if (kb < MIN_SIDE || ka < MIN_SIDE) continue;
      const fromBefore = logs[i]! - sortedMedian(before.subarray(0, kb));
      const fromAfter = logs[i]! - sortedMedian(after.subarray(0, ka));
      const near = Math.abs(fromBefore) <= Math.abs(fromAfter) ? fromBefore : fromAfter;
      if (Math.abs(fromBefore - fromAfter) > Math.abs(both) && Math.abs(near) < Math.abs(both)) r[i] = near;
    }
    return r;
  };
  const timeLike = head.benchmarks
    .filter((b) => !isIgnored(rules, b))
    .flatMap((b) =>
      Object.entries(b.metrics).flatMap(([metric, m]) => (isTimeLike(metric, m) ? [{ name: b.name, metric }] : [])),
    );
  // What each run's machine shared: the median deviation of up to RUNNER_SAMPLE benchmarks in it.
  const keyOf = (name: string, metric: string) => `${name}\u0000${metric}`;
  // The sampled series' residuals are kept: their deviations below need them again.
  const sampled = new Map(
    timeLike.slice(0, RUNNER_SAMPLE).map(({ name, metric }) => [keyOf(name, metric), residuals(name, metric)]),
  );
  const sample = [...sampled.values()];
  const column = new Float64Array(sample.length);
  const runner = Array.from({ length: runs }, (_, i) => {
    let k = 0;
    for (const r of sample) if (Number.isFinite(r[i]!)) column[k++] = r[i]!;
    if (k < MIN_FOR_RUNNER) return 0;
    return sortedMedian(column.subarray(0, k).sort());
  });
  const known = new Set(timeLike.map(({ name, metric }) => keyOf(name, metric)));
  const cache = new Map<string, number[] | undefined>();
  return {
    deviations(name, metric) {
      const key = keyOf(name, metric);
      if (!known.has(key)) return undefined;
      if (!cache.has(key)) {
        const r = sampled.get(key) ?? residuals(name, metric);
        const devs = Array.from(r, (v, i) => v - runner[i]!);
        cache.set(key, devs.some(Number.isFinite) ? devs : undefined);
      }
      return cache.get(key);
    },
  };
}
