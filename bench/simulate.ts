/**
 * A simulator of CI-like benchmark noise, to measure how often a gate cries wolf and how often it
 * catches a real slowdown. Each job runs on a runner whose speed is shared by all its benchmarks;
 * each benchmark adds its own run-to-run jitter; samples within a run are heavy-tailed; now and then
 * a run is disturbed unevenly (a noisy neighbour).
 */
import type { Benchmark, ResultSet } from '../src/model.js';

export interface NoiseLevel {
  name: string;
  /** σ of the log runner factor shared by every benchmark of a job. */
  runnerSd: number;
  /** Probability that a job lands on a slow runner, and how slow (uniform range of the factor). */
  slowRunnerP: number;
  slowRunner: [number, number];
  /** Per-benchmark run-to-run σ (log), drawn once per benchmark from this range. */
  benchSd: [number, number];
  /** σ (log) of single samples within a run. */
  sampleSd: number;
  /** Probability that a sample is a heavy-tailed outlier (GC pause, preemption). */
  tailP: number;
  /** Probability that a run is disturbed unevenly, and the extra per-benchmark σ (log) then. */
  outlierRunP: number;
  outlierRunSd: number;
  samples: number;
}

export const LEVELS: NoiseLevel[] = [
  {
    name: 'quiet (dedicated machine)',
    runnerSd: 0.02,
    slowRunnerP: 0,
    slowRunner: [1, 1],
    benchSd: [0.005, 0.015],
    sampleSd: 0.02,
    tailP: 0.02,
    outlierRunP: 0,
    outlierRunSd: 0,
    samples: 30,
  },
  {
    name: 'CI-like (shared runners)',
    runnerSd: 0.08,
    slowRunnerP: 0.05,
    slowRunner: [1.2, 1.6],
    benchSd: [0.01, 0.03],
    sampleSd: 0.05,
    tailP: 0.05,
    outlierRunP: 0.03,
    outlierRunSd: 0.08,
    samples: 30,
  },
  {
    name: 'noisy (busy shared runners)',
    runnerSd: 0.15,
    slowRunnerP: 0.1,
    slowRunner: [1.3, 2.0],
    benchSd: [0.02, 0.06],
    sampleSd: 0.1,
    tailP: 0.08,
    outlierRunP: 0.06,
    outlierRunSd: 0.12,
    samples: 30,
  },
];

/** mulberry32: a tiny seeded PRNG, so every figure in the report can be reproduced. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function gaussian(rand: () => number): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

export interface Suite {
  names: string[];
  base: number[];
  sd: number[];
  memory: number[];
}

export function makeSuite(rand: () => number, level: NoiseLevel, size: number): Suite {
  const names = Array.from({ length: size }, (_, i) => `bench_${String(i).padStart(3, '0')}`);
  return {
    names,
    base: names.map(() => 10 ** (-6 + 4 * rand())),
    sd: names.map(() => level.benchSd[0] + (level.benchSd[1] - level.benchSd[0]) * rand()),
    // Multiples of 5, so that exactly +20 % is a whole number of bytes.
    memory: names.map(() => 5 * Math.round(10 ** (3 + 3 * rand()))),
  };
}

export interface Change {
  /** Multiplier on the true time of some benchmarks: index → factor. */
  time?: Map<number, number>;
  memory?: Map<number, number>;
  accuracy?: Map<number, number>;
}

/** One job: every benchmark's samples, memory and accuracy, as a parsed result set. */
export function simulateRun(rand: () => number, level: NoiseLevel, suite: Suite, change: Change = {}): ResultSet {
  let runner = Math.exp(level.runnerSd * gaussian(rand));
  if (rand() < level.slowRunnerP) runner *= level.slowRunner[0] + (level.slowRunner[1] - level.slowRunner[0]) * rand();
  const disturbed = rand() < level.outlierRunP;
  const benchmarks: Benchmark[] = suite.names.map((name, i) => {
    let jitter = suite.sd[i]! * gaussian(rand);
    if (disturbed) jitter += level.outlierRunSd * Math.abs(gaussian(rand));
    const truth = suite.base[i]! * (change.time?.get(i) ?? 1) * runner * Math.exp(jitter);
    const samples = Array.from({ length: level.samples }, () => {
      let v = truth * Math.exp(level.sampleSd * gaussian(rand));
      if (rand() < level.tailP) v *= 1 + 0.5 / Math.pow(Math.max(rand(), 1e-6), 1 / 1.5); // Pareto(α = 1.5) tail
      return v;
    });
    const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
    return {
      name,
      group: 'sim',
      metrics: {
        time: { value: mean, unit: 's', direction: 'smaller', samples },
        memory_peak: { value: Math.round(suite.memory[i]! * (change.memory?.get(i) ?? 1)), unit: 'bytes', direction: 'smaller' },
        accuracy: { value: change.accuracy?.get(i) ?? 0.97, unit: 'ratio', direction: 'bigger' },
      },
    };
  });
  return { benchmarks };
}
