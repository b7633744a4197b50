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
