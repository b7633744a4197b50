/**
 * Controls for re-measurement: a re-run of a few benchmarks shares the machine's state of that moment
 * (a neighbour's burst, a throttled core) with every benchmark it runs. Running one or two benchmarks
 * that are already decided beside them shows that state: their drift from the job's first run is
 * the re-run's own shift, factored out of the benchmarks being re-measured before they are pooled.
 */
import type { Rules } from '../config.js';
import type { Decision } from './types.js';
import type { ResultSet } from '../model.js';
import { runStatistic } from './series.js';
import { median } from './median.js';

/** How many decided benchmarks ride along with each re-run. */
const CONTROLS = 2;

/**
 * The controls for re-running `names`: decided time rows of other benchmarks, the calmest first (the
 * narrowest interval), so their drift is the machine's and not their own noise.
 */
export function pickControls(decision: Decision, names: readonly string[]): string[] {
  const asked = new Set(names);
  return decision.results
    .filter((r) => r.metric === 'time' && !asked.has(r.benchmark) && r.settled !== false && r.interval && r.head !== null)
    .sort((a, b) => Math.log(a.interval![1] / a.interval![0]) - Math.log(b.interval![1] / b.interval![0]))
    .slice(0, CONTROLS)
    .map((r) => r.benchmark);
}

const timeOf = (set: ResultSet, name: string, rules: Rules) => {
  const m = set.benchmarks.find((b) => b.name === name)?.metrics.time;
  const v = m ? runStatistic(m, rules.statistic) : NaN;
  return v > 0 ? Math.log(v) : NaN;
};

/** The re-run's shift against the first run (log), from its controls; 0 when none measured. */
export function rerunShift(first: ResultSet, rerun: ResultSet, controls: readonly string[], rules: Rules): number {
  const d = controls.map((c) => timeOf(rerun, c, rules) - timeOf(first, c, rules)).filter(Number.isFinite);
  return d.length ? median(d) : 0;
}

/** The re-run with every time-like figure divided by exp(shift): as if it ran on the first run's machine state. */
export function unshifted(rerun: ResultSet, shift: number): ResultSet {
  if (shift === 0) return rerun;
  const f = Math.exp(-shift);
  return {
    ...rerun,
    benchmarks: rerun.benchmarks.map((b) => ({
      ...b,
      metrics: Object.fromEntries(
        Object.entries(b.metrics).map(([k, m]) =>
          k === 'time'
            ? [k, { ...m, value: m.value * f, ...(m.samples ? { samples: m.samples.map((v) => v * f) } : {}) }]
            : [k, m],
        ),
      ),
    })),
  };
}
