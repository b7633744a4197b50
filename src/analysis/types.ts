/** What the decision core returns: one row per benchmark × metric, the runner model, the verdict. */
import type { Direction, LevelChange, OpenRegression } from '../model.js';

export type Status = 'regression' | 'improvement' | 'unchanged' | 'inconclusive' | 'new' | 'missing' | 'below-floor';

export interface ResultRow {
  benchmark: string;
  group?: string;
  metric: string;
  unit: string;
  direction: Direction;
  status: Status;
  /** Baseline figure: the median of the prior runs' statistic (null when there is none). */
  base: number | null;
  /** This run's statistic (null when missing). */
  head: number | null;
  /** The engine's estimate of head ÷ base after factoring out the runner (null when not comparable). */
  ratio: number | null;
  /** head ÷ base as measured, before runner correction: what `base` and `head` show. */
  measured_ratio: number | null;
  /** 95 % interval of `ratio`. */
  interval: [number, number] | null;
  /** Probability that the metric really got worse (for improvements: really got better). */
  confidence: number | null;
  /** The relative limit of the rule (e.g. 1.1), when one applies. */
  limit?: number;
  /** The absolute floor or ceiling of the rule, when one applies. */
  threshold?: { minimum?: number; maximum?: number };
  /** Smallest worsening this benchmark's noise lets the gate see at the required confidence. */
  detectable?: number;
  /** Prior runs of this metric in the baseline window. */
  history: number;
  /** Whether a broken rule on this row fails the check (false: the rule is report-only). */
  enforced: boolean;
  /** Whether this row fails the check. */
  fails: boolean;
  /** One sentence a reviewer can act on. */
  reason: string;
  /** For `inconclusive`: what would settle it. */
  resolve?: string;
  /** Set when a team accepted this change (commit trailer, label, --accept): it does not fail. */
  accepted?: { pattern: string; source: string; by?: string };
  /** Same-job runs of the head pooled into this row's figure (1 unless re-measured). */
  head_runs?: number;
  /**
   * Whether more same-job runs could not change this row's verdict: a failure confirmed by a second
   * run, or a figure clearly within its limit. Enforced rows that are not settled are re-measured.
   */
  settled?: boolean;
  /**
   * An enforced row within its limit but not clearly so, that more runs of the head could not clear
   * either (the baseline's own uncertainty — runner against code — dominates): paired base/head rounds
   * on one runner (confirm-ab) can, since the runner's state cancels out there.
   */
  pairable?: boolean;
}

export interface RunnerShift {
  /** Slowdown shared by the benchmarks of this run, as a ratio against the baseline's typical runner (as estimated). */
  shift: number;
  /** The part of it that was factored out of each benchmark's change (1 = none). */
  applied_shift: number;
  /** Typical run-to-run spread of that shared factor in the history (1 σ, as a ratio − 1). */
  typical: number;
  benchmarks: number;
  /** How many of them moved together with the shift. */
  supporting: number;
  applied: boolean;
  /** True when the shared shift is larger than runners in the history explain (maybe a real, suite-wide change). */
  unusual: boolean;
  /**
   * Set where a slower-machine reading of this run (on which the benchmarks that did not move got
   * faster) nearly as well supported as the chosen one was passed over because this history's runners
   * rarely ran that slow: its odds against the reading chosen, for this one run.
   */
  slower_odds?: number;
  /** Set where rows past their limit were left undecided on that reading (the next push may weigh it again). */
  slower_set_aside?: boolean;
  /**
   * Set where the reading chosen is a slower machine and a group of benchmarks stayed lower: how often
   * this history's runners ran that slow against as slow as that group's level, for this one run. At
   * most the square root of the allowed error it is rare: rows past their limit only on the machine's
   * account are undecided, and the next push multiplies its own odds with it.
   */
  lower_odds?: number;
  /** Set where rows past their limit were left undecided on a rare (or unusual) slower machine. */
  lower_set_aside?: boolean;
}

export interface Decision {
  verdict: 'pass' | 'fail';
  results: ResultRow[];
  runner?: RunnerShift;
  notes: string[];
  /** Lines a reviewer must see at the top of every report: a suite-wide shift beyond what runners explain, a rule pattern that matches nothing. */
  warnings: string[];
  baseline_runs: number;
  /** Set for same-job A/B: the rows come from this many paired rounds (also in baseline_runs), not prior runs. */
  ab_rounds?: number;
  /**
   * Set when this decision merges the reports of several matrix legs (`merge-reports`): one section
   * per suite × testbed, whose rows `results` holds all together.
   */
  sections?: DecisionSection[];
  /** Set when the head was measured again in the same job to decide undecided rows (src/pipeline/remeasure.ts). */
  remeasured?: Remeasured;
  /** Set when rows still undecided after re-measuring were measured in paired base/head rounds (src/pipeline/escalate.ts). */
  paired?: PairedRound;
  /** Size families (benchmarks that differ only by a size) and how their growth with size changed (scaling.ts). */
  scaling?: ScalingRow[];
  /** On a recording run: level changes in the branch's history that the gate flagged nowhere (creep). */
  drift?: DriftStep[];
  /** On a recording run: level changes still in effect past their limit that nobody accepted. */
  open_regressions?: OpenRegression[];
}

/** A level change in a benchmark's series on its branch and testbed (change-point detection over history). */
export interface DriftStep extends LevelChange {
  suite: string;
  after: number;
  interval: [number, number];
}

export interface DecisionSection {
  suite: string;
  testbed: string;
  /** The report files this section came from. */
  legs: string[];
  decision: Decision;
}

/** What re-measuring in the job spent and why it stopped. */
export interface Remeasured {
  /** Extra runs of the suite. */
  runs: number;
  /** The most it could have run (confirm-runs). */
  budget: number;
  seconds: number;
  stopped: 'decided' | 'budget' | 'time';
  /** Enforced rows still inconclusive or unconfirmed when it stopped. */
  undecided: number;
  /** The benchmarks that were run again. */
  benchmarks: string[];
}

/** What the paired base/head rounds of undecided rows spent (`confirm-ab`). */
export interface PairedRound {
  /** The base commit measured beside the head. */
  base: string;
  rounds: number;
  seconds: number;
  stopped: 'decided' | 'max-rounds' | 'max-minutes';
  /** The benchmarks measured in the rounds. */
  benchmarks: string[];
  /** Enforced rows of those still undecided when the rounds stopped. */
  undecided: number;
}

/** A size family's growth exponent (log figure against log size) in the baseline and in the head. */
export interface ScalingRow {
  /** The benchmarks' shared name, the size as `n`, other numbers as `#` (`test_dag_creation_n_#`). */
  family: string;
  metric: string;
  /** The sizes, smallest first, and the benchmark measured at each. */
  sizes: number[];
  benchmarks: string[];
  base_exponent: number;
  head_exponent: number;
  /** The exponent's change, worse direction positive, with its 95 % interval. */
  increase: number;
  interval: [number, number];
  /** How sure the engine is that the exponent grew (worse). */
  confidence: number;
  /** The metric's max_exponent_increase (absent: not judged). */
  limit?: number;
  status: 'steeper' | 'flatter' | 'unchanged' | 'inconclusive';
  fails: boolean;
  reason: string;
}
