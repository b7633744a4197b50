/**
 * The normalized result model: every format adapter produces it, the decision core consumes it,
 * and it is also the documented "custom" input format (schemas/results.schema.json).
 */

/** Which way is better for a metric. */
export type Direction = 'smaller' | 'bigger';

export interface Metric {
  /** The tool's central figure (for `time`: seconds per operation). */
  value: number;
  unit: string;
  direction: Direction;
  /** Per-iteration/round values, in the same unit as `value`, when the tool provides them. */
  samples?: number[];
  /** Standard deviation in the unit of `value`, when the tool prints one but no samples. */
  stddev?: number;
  /** How many measurements the tool aggregated into `value` (when `samples` is absent). */
  n?: number;
}

export interface Benchmark {
  name: string;
  group?: string;
  params?: Record<string, unknown>;
  metrics: Record<string, Metric>;
}

/** Facts about the run as a whole (the suite's wall time, the machine), all optional. */
export interface RunInfo {
  tool?: string;
  /** Wall time of the whole suite in seconds, when the action ran it. */
  suiteSeconds?: number;
  machine?: Record<string, string | number>;
}

export interface ResultSet {
  benchmarks: Benchmark[];
  run?: RunInfo;
}

/** The metric every time-like measurement is normalized to. */
export const TIME = 'time';

/** Where a benchmark's level moved on its branch and testbed (the shared part of drift and open regressions). */
export interface LevelChange {
  benchmark: string;
  metric: string;
  /** The metric's unit (the levels are in it). */
  unit?: string;
  testbed: string;
  /** The last commit at the old level, and the first at the new one. */
  from_sha: string;
  to_sha: string;
  /** When the first commit at the new level was recorded. */
  at: string;
  /** The level before the change (the metric's unit). */
  before: number;
  ratio: number;
  /** The gate failed a run in the change's commit range. */
  flagged_by_gate: boolean;
}

/**
 * A level change on a recording branch that is still in effect, past its rule's limit, and that
 * nobody accepted: listed with every push's summary and on the trend page until it is accepted or
 * reverted (the "open regressions" view). `ratio` is now ÷ before; `flagged_by_gate`: it was merged
 * over a failing check.
 */
export interface OpenRegression extends LevelChange {
  /** The current level. */
  now: number;
  limit: number;
}
