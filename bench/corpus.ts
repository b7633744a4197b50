/** The shape of the recorded real-noise corpus (bench/corpus/real-noise.json). */
import type { Benchmark } from '../src/model.js';

export interface CorpusRun {
  /** The benchmark made to do `factor`× its work in this run, or null for unchanged code. */
  change: { benchmark: string; factor: number } | null;
  /** Start delays (ms) of the background CPU hogs that ran during this run. */
  hogs: number[];
  benchmarks: Benchmark[];
}

export interface RealNoiseCorpus {
  description: string;
  machine: string;
  recorded: string;
  git: string;
  runs: CorpusRun[];
}

/** One job of the same-job corpus: its head run and the re-runs that followed it, all with `change`. */
export interface SameJob {
  /** Benchmark → the factor of its work in every run of this job; null for unchanged code. */
  change: Record<string, number> | null;
  runs: Benchmark[][];
}

/** The recorded same-job corpus (bench/corpus/real-jobs.json, bench/record-jobs.ts). */
export interface RealJobsCorpus {
  description: string;
  machine: string;
  recorded: string;
  git: string;
  /** Unchanged runs recorded before the jobs, beside the same hogs: the history each job is judged against. */
  history: Benchmark[][];
  jobs: SameJob[];
}

/** The example suite's timed benchmarks the corpus recorders slow down (CAUSAL_GYM_SLOWDOWN). */
export const SLOWED_BENCHMARKS = [
  'test_dag_creation_10_15',
  'test_dag_creation_50_100',
  'test_dag_creation_100_200',
  'test_intervention_performance',
  'test_agreement_metrics_1000',
];

const round = (v: number) => (v === 0 ? 0 : Number(v.toPrecision(4)));

/** A run's benchmarks as the corpora store them: every figure and sample to 4 significant digits. */
export function compactBenchmarks(benchmarks: readonly Benchmark[]): Benchmark[] {
  return benchmarks.map((b) => ({
    name: b.name,
    ...(b.group ? { group: b.group } : {}),
    metrics: Object.fromEntries(
      Object.entries(b.metrics).map(([k, m]) => [
        k,
        {
          value: round(m.value),
          unit: m.unit,
          direction: m.direction,
          ...(m.samples ? { samples: m.samples.map(round) } : {}),
        },
      ]),
    ),
  }));
}
