/**
 * The sequential decision: where one run of the head cannot decide an enforced row (inconclusive, a
 * failure one run might owe to a spike, or a figure whose noise could hide a break of the limit), the
 * suite runs again in this job — only the undecided benchmarks, named in CAUSAL_PERF_BENCHMARKS — and
 * every such row is judged again as a figure of k same-job runs (decide()'s `runs`), until each is
 * decided either way or the budget (`confirm-runs` runs, `confirm-max-minutes`) is spent.
 * The policy lives here; the decisions stay pure in src/analysis/.
 */
import { decide, fmtPct, rowKey, sortRows, type DecideOptions, type Decision, type ResultRow } from '../analysis/decide.js';
import type { Remeasured } from '../analysis/types.js';
import { controlLevels, heldToMeasured, localState, pickControls, toState } from '../analysis/controls.js';
import { medianOfRuns, runStatistic } from '../analysis/series.js';
import type { Rules } from '../config.js';
import type { Logger } from '../io/log.js';
import type { ResultSet } from '../model.js';
import { parseFreshResults, runSuite, snapshotResults, type ResultFiles, type SuiteCommand } from './measure.js';

/** The environment variable that names the benchmarks to run again (one per line). */
export const BENCHMARKS_ENV = 'CAUSAL_PERF_BENCHMARKS';

export interface RemeasurePlan {
  /** At most this many more runs of the suite. */
  runs: number;
  /** Stop before a run that would end past this many minutes of re-measuring. */
  maxMinutes?: number;
  suite: SuiteCommand;
  results: ResultFiles;
}

/** One more run of the suite, asked to run only `names`; the pipeline's is suiteMeasure(). */
export type MeasureAgain = (names: string[]) => Promise<ResultSet>;

/** Runs the suite with the names in CAUSAL_PERF_BENCHMARKS and parses its result files. */
export function suiteMeasure(plan: RemeasurePlan, deps: RemeasureDeps): MeasureAgain {
  return async (names) => {
    const before = await snapshotResults(plan.results);
    await runSuite(
      // The suite's own environment (or the job's, as for its first run) plus the names.
      { ...plan.suite, env: { ...(plan.suite.env ?? process.env), [BENCHMARKS_ENV]: names.join('\n') } },
      deps.log,
      deps.suiteOutput ?? (() => {}),
    );
    return parseFreshResults(plan.results, before, plan.suite.flag);
  };
}

export interface RemeasureDeps {
  log: Logger;
  suiteOutput?: (text: string) => void;
  /** Milliseconds now (injected so tests can run the time cap without waiting). */
  now?: () => number;
}

export type RemeasureSummary = Remeasured;

/** Enforced rows one more run could still change. */
export function undecidedRows(d: Decision): ResultRow[] {
  return d.results.filter((r) => r.enforced && r.settled === false);
}

export { medianOfRuns };

/** Re-measures until every enforced row is decided or the budget is spent; returns the decision and what it cost. */
export async function remeasure(
  plan: Pick<RemeasurePlan, 'runs' | 'maxMinutes'>,
  measure: MeasureAgain,
  head: ResultSet,
  window: ResultSet[],
  rules: Rules,
  first: Decision,
  deps: RemeasureDeps,
  /** decide()'s options for this head (a push continuing its branch: `continues`). */
  options: Pick<DecideOptions, 'continues' | 'onBase' | 'judged'> = {},
): Promise<{ decision: Decision; summary?: RemeasureSummary }> {
  const now = deps.now ?? Date.now;
  const start = now();
  const sets: ResultSet[] = [head];
  // The same runs as measured, no control's reading applied: a failure must stand on these too.
  const plainSets: ResultSet[] = [head];
  const measuredAgain = new Set<string>();
  let rows = first.results;
  let decision = first;
  let stopped: RemeasureSummary['stopped'] = 'decided';
  let spent = 0;
  // The state the decision's runner model reads for this job (log); each run's figures are moved to it.
  const target = Math.log(first.runner?.applied_shift ?? 1);
  let controls: string[] = [];
  let levels = new Map<string, number>();
  const states: number[] = [];
  for (;;) {
    const open = undecidedRows(decision);
    if (open.length === 0) break;
    if (spent >= plan.runs) {
      stopped = 'budget';
      break;
    }
    const minutes = (now() - start) / 60_000;
    if (plan.maxMinutes !== undefined && spent > 0 && minutes + minutes / spent > plan.maxMinutes) {
      stopped = 'time';
      break;
    }
    const names = [...new Set(open.map((r) => r.benchmark))];
    deps.log.info(
      `Re-measuring ${open.length} undecided row${open.length === 1 ? '' : 's'} (${names.length} benchmark${names.length === 1 ? '' : 's'}): run ${spent + 2} of at most ${plan.runs + 1}.`,
    );
    if (spent === 0) {
      // The controls stay the same for every re-run; the first run is moved to the job's state too.
      // (Undecided rows only ever become decided, so later re-runs name a subset of these.)
      controls = pickControls(first, names);
      levels = controlLevels(first, controls);
      const l0 = localState(head, levels, rules);
      if (l0 !== undefined) {
        states.push(l0);
        sets[0] = toState(head, new Set(names), target - l0);
      }
    }
    const fresh = await measure([...names, ...controls]);
    spent++;
    // Only the benchmarks asked for count (a suite that ignores the filter included), moved from this
    // run's local state, read from the controls, to the job's.
    const wanted = new Set(names);
    const state = localState(fresh, levels, rules);
    if (state !== undefined) states.push(state);
    const asked = { ...fresh, benchmarks: fresh.benchmarks.filter((b) => wanted.has(b.name)) };
    sets.push(state === undefined ? asked : toState(asked, wanted, target - state));
    plainSets.push(asked);
    for (const n of names) measuredAgain.add(n);
    const again = decide(medianOfRuns(sets, rules.statistic), window, rules, { ...options, runs: sets });
    // Judged again as measured only where a row the controls moved would fail.
    const plain =
      states.length && again.results.some((r) => r.fails)
        ? new Map(
            decide(medianOfRuns(plainSets, rules.statistic), window, rules, { ...options, runs: plainSets }).results.map((r) => [
              rowKey(r),
              r,
            ]),
          )
        : undefined;
    // Rows of benchmarks that were not run again keep their first judgement.
    const fresher = new Map(again.results.map((r) => [rowKey(r), plain ? heldToMeasured(r, plain.get(rowKey(r)), states) : r]));
    rows = rows.map((r) => (wanted.has(r.benchmark) ? (fresher.get(rowKey(r)) ?? r) : r));
    decision = { ...decision, results: sortRows(rows), verdict: rows.some((r) => r.fails) ? 'fail' : 'pass' };
  }
  if (spent === 0 && stopped === 'decided') return { decision };
  // A row that fails or stays undecided shows each run's own figure, as measured: whether the runs
  // agree is what a reviewer weighs next (one run's spike, or every run past the limit).
  for (const r of decision.results)
    if (measuredAgain.has(r.benchmark) && (r.fails || r.status === 'inconclusive') && r.base !== null && r.base > 0) {
      const each = plainSets
        .map((set) => set.benchmarks.find((b) => b.name === r.benchmark)?.metrics[r.metric])
        .map((m) => (m ? runStatistic(m, rules.statistic) / r.base! : NaN))
        .filter((x) => x > 0);
      if (each.length > 1) r.reason += ` This job's runs, as measured: ${each.map(fmtPct).join(', ')}.`;
    }
  const seconds = (now() - start) / 1000;
  const left = undecidedRows(decision);
  const summary: RemeasureSummary = {
    runs: spent,
    budget: plan.runs,
    seconds,
    stopped,
    undecided: left.filter((r) => r.status === 'inconclusive' || r.fails).length,
    benchmarks: [...measuredAgain],
  };
  const why =
    stopped === 'budget'
      ? `the budget of ${plan.runs} run${plan.runs === 1 ? '' : 's'} (confirm-runs) was spent`
      : 'the time limit (confirm-max-minutes) was reached';
  for (const r of left)
    if (r.status === 'inconclusive') {
      r.reason += ` Still undecided after ${spent} more run${spent === 1 ? '' : 's'} of this job: ${why}.`;
      r.resolve = `a larger confirm-runs budget (each run narrows it), same-job A/B (mode: ab), or a quieter runner`;
    }
  decision.notes = [
    spent === 0
      ? `Re-measuring: ${left.length} row${left.length === 1 ? '' : 's'} undecided, but ${why}.`
      : `Re-measured ${summary.benchmarks.length} benchmark${summary.benchmarks.length === 1 ? '' : 's'} in ${spent} more run${spent === 1 ? '' : 's'} of the suite (${seconds.toFixed(0)} s); each re-measured row is the median of its runs, judged as a ${spent + 1}-run figure${states.length ? `; each run's machine state around them, read from ${controls.length} decided benchmark${controls.length === 1 ? '' : 's'} run beside them (${states.map((x) => fmtPct(Math.exp(x))).join(', ')} against their baselines), was factored out` : ''}. ` +
        (stopped === 'decided' ? 'Every enforced row is decided.' : `Stopped because ${why}.`),
    ...decision.notes.filter((n) => !n.startsWith('Re-measur')),
  ];
  decision.remeasured = summary;
  return { decision, summary };
}
