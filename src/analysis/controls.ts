/**
 * Controls for re-measurement: a run of a few benchmarks shares the machine's state of that moment
 * (a neighbour's burst, a throttled core) with every benchmark it runs, and a burst can hit part of
 * a run only. One or two benchmarks that are already decided, run beside them, show that state: their
 * deviation from their own baseline level. Each run's re-measured figures are moved from that local
 * state to the state the runner model reads for the whole job before the runs are pooled, so a burst
 * that hit the first run (or one re-run) around these benchmarks is not taken for a change.
 */
import type { Rules } from '../config.js';
import type { Decision, ResultRow } from './types.js';
import { fmtPct, worseness } from './decide.js';
import type { ResultSet } from '../model.js';
import { runStatistic, scaleFigures } from './series.js';
import { median } from './median.js';

/** How many decided benchmarks ride along with each re-run. */
const CONTROLS = 2;

/**
 * The controls for re-running `names`: time rows of other benchmarks decided unchanged, the calmest
 * first (the narrowest interval), so their drift is the machine's and not their own noise. A
 * benchmark that changed (an improvement, a confirmed regression) would carry its own change into
 * every re-measured figure: a +50 % control cancels a +50 % change. So would a row left unchanged
 * only because its measured figure was within the limit while the runner correction put it past
 * (seen in simulation: two controls truly +22 % and +31 % turned a +50 % change into −0.8 %).
 */
export function pickControls(decision: Decision, names: readonly string[]): string[] {
  const asked = new Set(names);
  return decision.results
    .filter(
      (r) =>
        r.metric === 'time' &&
        r.status === 'unchanged' &&
        !asked.has(r.benchmark) &&
        r.settled !== false &&
        // Left to paired rounds (no number of re-runs could clear it), it must also have measured near
        // its baseline: on a busy machine a benchmark slowed 1.5× read +8 % in its first run and,
        // taken as a control at +56 … +69 % in the re-runs, cancelled another's change. With a short
        // history every row is left to paired rounds (the noise estimate clears none), and without
        // controls three back-to-back re-runs inside one neighbour's burst read an unchanged
        // benchmark +67 % (the demo beside two CPU hogs, 3 prior runs).
        (r.pairable !== true || nearBaseline(r)) &&
        r.interval &&
        r.head !== null &&
        r.ratio !== null &&
        (r.limit === undefined || (r.ratio <= r.limit && r.ratio >= 1 / r.limit)),
    )
    .sort((a, b) => Math.log(a.interval![1] / a.interval![0]) - Math.log(b.interval![1] / b.interval![0]))
    .slice(0, CONTROLS)
    .map((r) => r.benchmark);
}

/** Measured and runner-corrected, within half the row's limit of its baseline (log). */
function nearBaseline(r: Decision['results'][number]): boolean {
  if (r.limit === undefined || r.ratio === null || r.measured_ratio === null) return false;
  const half = Math.log(r.limit) / 2;
  return Math.abs(Math.log(r.ratio)) <= half && Math.abs(Math.log(r.measured_ratio)) <= half;
}

const timeOf = (set: ResultSet, name: string, rules: Rules) => {
  const m = set.benchmarks.find((b) => b.name === name)?.metrics.time;
  const v = m ? runStatistic(m, rules.statistic) : NaN;
  return v > 0 ? Math.log(v) : NaN;
};

/** The controls' baseline levels (log), from the first decision's rows. */
export function controlLevels(decision: Decision, controls: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of decision.results)
    if (r.metric === 'time' && controls.includes(r.benchmark) && r.base !== null && r.base > 0)
      out.set(r.benchmark, Math.log(r.base));
  return out;
}

/**
 * The machine's state during one run, around the benchmarks re-measured in it (log, against the
 * baseline): the median of its controls' deviations from their levels. Undefined without controls.
 */
export function localState(run: ResultSet, levels: ReadonlyMap<string, number>, rules: Rules): number | undefined {
  const d = [...levels].map(([c, level]) => timeOf(run, c, rules) - level).filter(Number.isFinite);
  return d.length ? median(d) : undefined;
}

/**
 * The named benchmarks' time figures moved from the run's local state to `target` (the state the
 * decision's runner model reads for the whole job), so runs disturbed differently can be pooled.
 */
export function toState(run: ResultSet, names: ReadonlySet<string>, delta: number): ResultSet {
  return scaleFigures(run, Math.exp(delta), (name, key) => key === 'time' && names.has(name));
}

/**
 * The controls' correction is only ever factored out of a change, never into one. A re-measured row
 * fails only where the same runs pooled as measured (no control moved them) fail it too, or are past
 * its limit by more than the corrected figure says (the controls took part of the change out);
 * otherwise it is undecided and measured again, or left to paired rounds (which need no reading of
 * the machine). Past the limit as measured is not enough where the controls made the change larger:
 * on the example suite beside three CPU hogs (bench/corpus/real-jobs-3hogs.json, 3 prior runs) a
 * control read −53 % in the re-runs, and an unchanged benchmark measured +161, +46 and +8.4 % there
 * (a median past the limit, the runs disagreeing) was moved to "+162 %, 99.3 % confident".
 * Seen in this project's CI (the demo, 4 prior runs): two controls read −10 % and −11 % in the
 * re-runs of three benchmarks — a filtered run of a few benchmarks ran faster than the whole suite —
 * and moved an unchanged benchmark measured about +3 % there up to "+16 %, 99.7 % confident".
 * Returns the row to keep (the corrected one, or an undecided copy of it).
 */
export function heldToMeasured(corrected: ResultRow, asMeasured: ResultRow | undefined, states: readonly number[]): ResultRow {
  if (
    !corrected.fails ||
    !asMeasured ||
    asMeasured.fails ||
    // Past its limit as measured, and the controls took part of that out rather than putting more in.
    (asMeasured.limit !== undefined &&
      worseness(asMeasured) > asMeasured.limit &&
      worseness(corrected) <= worseness(asMeasured) * (1 + 1e-9))
  )
    return corrected;
  const moved = states.map((x) => fmtPct(Math.exp(x))).join(', ');
  const plain =
    asMeasured.ratio === null
      ? 'not comparable'
      : `${fmtPct(asMeasured.ratio)}, ${asMeasured.status === 'regression' ? 'a regression not yet confirmed' : asMeasured.status}`;
  return {
    ...corrected,
    status: 'inconclusive',
    fails: false,
    settled: false,
    pairable: corrected.enforced ? true : corrected.pairable,
    reason: `${corrected.reason} But that is with each run moved by what the decided benchmarks run beside it read (${moved} against their baselines); the same runs as measured read ${plain}, and the machine's reading is only ever factored out of a change, never into one.`,
    resolve:
      're-measure in the same job (confirm-runs), or same-job A/B (mode: ab), which measures the base and head commits on one runner and needs no reading of it',
  };
}
