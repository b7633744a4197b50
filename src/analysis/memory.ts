/**
 * Spike memory: how each benchmark strayed in runs older than the baseline window. The window says
 * where the level is and how the benchmark scatters now; a benchmark that drops to half its speed for
 * one run every 20–50 runs (seen on real runners: napi-rs' `Plus number`) may show no such run in the
 * newest 20, and its next dip then reads as a 100 %-confident regression. Older runs enter only the
 * benchmark's own empirical tail (historyTest's `own`): never its level, its σ, nor the suite's per-run
 * extremes, where other benchmarks' unflagged steps would count as noise.
 *
 * Each older run's deviation is taken from the run's neighbours, not from a level: the median of the
 * runs around it (MEMORY_REACH on each side) follows a step without smearing it, so a level change
 * leaves no deviation behind, while a spike of one or two runs does. What the runs' machine shared
 * (the median deviation over the suite's benchmarks in that run) is taken out, as the runner
 * correction does for the window.
 */
import { isIgnored, type Rules } from '../config.js';
import type { ResultSet } from '../model.js';
import { isTimeLike, runStatistic } from './series.js';
import { median } from './stats.js';

/** Neighbours on each side whose median is an older run's local level. */
const MEMORY_REACH = 5;
/** Fewest neighbours (both sides together) a local level needs. */
const MIN_NEIGHBOURS = 4;
/** Fewest benchmarks in a run whose median deviation is read as that run's machine. */
const MIN_FOR_RUNNER = 3;

/**
 * The deviations (log, value minus its local level, machine's share taken out) of each time-like
 * benchmark × metric of `head` in the older runs (`memory`, oldest first), by rowKey.
 */
export function memoryDeviations(head: ResultSet, memory: readonly ResultSet[], rules: Rules): Map<string, number[]> {
  const out = new Map<string, number[]>();
  if (memory.length < 2 * MIN_NEIGHBOURS + 1) return out;
  const index = memory.map((run) => new Map(run.benchmarks.map((b) => [b.name, b])));
  const residuals: { key: string; r: number[] }[] = [];
  for (const b of head.benchmarks) {
    if (isIgnored(rules, b)) continue;
    for (const [metric, m] of Object.entries(b.metrics)) {
      if (!isTimeLike(metric, m)) continue;
      const logs = index.map((idx) => {
        const pm = idx.get(b.name)?.metrics[metric];
        const v = pm ? runStatistic(pm, rules.statistic) : NaN;
        return v > 0 ? Math.log(v) : NaN;
      });
      const r = logs.map((v, i) => {
        if (!Number.isFinite(v)) return NaN;
        const around: number[] = [];
        for (let j = Math.max(0, i - MEMORY_REACH); j <= Math.min(logs.length - 1, i + MEMORY_REACH); j++)
          if (j !== i && Number.isFinite(logs[j]!)) around.push(logs[j]!);
        return around.length >= MIN_NEIGHBOURS ? v - median(around) : NaN;
      });
      // decide.ts's rowKey (benchmark × metric).
      residuals.push({ key: `${b.name}\u0000${metric}`, r });
    }
  }
  const runner = memory.map((_, i) => {
    const xs = residuals.map((s) => s.r[i]!).filter(Number.isFinite);
    return xs.length >= MIN_FOR_RUNNER ? median(xs) : 0;
  });
  for (const { key, r } of residuals) {
    const devs = r.map((v, i) => v - runner[i]!).filter(Number.isFinite);
    if (devs.length > 0) out.set(key, devs);
  }
  return out;
}
