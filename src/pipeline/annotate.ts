import { recordedRunner, type Decision } from '../analysis/decide.js';
import type { RunAnnotations } from '../history/types.js';

/** What the trend page keeps of a decision: the verdict, and each row's status, baseline and rule. */
export function annotationsOf(decision: Decision): RunAnnotations {
  return {
    verdict: decision.verdict,
    rows: decision.results.map((r) => ({
      benchmark: r.benchmark,
      metric: r.metric,
      status: r.status,
      ratio: r.ratio,
      measured: r.measured_ratio,
      base: r.base,
      limit: r.limit ?? null,
      threshold: r.threshold?.minimum ?? null,
      fails: r.fails,
      ...(r.settled === false ? { settled: false } : {}),
      // Judged on the median of several same-job runs: the figure a judged step's level is read from.
      ...((r.head_runs ?? 1) > 1 && r.head !== null && r.head > 0 ? { value: r.head } : {}),
      ...(r.accepted
        ? { accepted: `${r.accepted.by ? `${r.accepted.by}, ` : ''}${r.accepted.source}: ${r.accepted.pattern}` }
        : {}),
    })),
    ...(decision.open_regressions ? { open: decision.open_regressions } : {}),
    // What the next push reads of this run's machine when it confirms a step (decide()'s `recorded`).
    ...(decision.runner ? { runner: recordedRunner(decision.runner) } : {}),
  };
}
