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

/**
 * Things real series do that plain Gaussian noise does not. Each is off unless set.
 *  - spikes: a benchmark's run is now and then +10–50 % off on its own (one push, then back);
 *  - two modes: some benchmarks flip between two levels from run to run (alignment, JIT, caches);
 *  - quantum: figures come out on a grid (coarse timers), as a share of the value;
 *  - neighbour: a noisy neighbour slows a contiguous block of the run's benchmarks (part of a run);
 *  - runner: overrides the level's shared runner factor for this run (a suite-wide change or a given runner).
 */
export interface Quirks {
  spikeP?: number;
  spike?: [number, number];
  /** Share of benchmarks that are two-mode, the probability of the upper mode, and the gap (ratio − 1). */
  twoMode?: { share: number; p: number; gap: number };
  quantum?: number;
  neighbourP?: number;
  neighbour?: [number, number];
  /** Share of the suite a neighbour's block covers. */
  neighbourShare?: number;
  runner?: number;
}

/** The shared speed of one job's machine (what every run of that job shares). */
export function drawRunner(rand: () => number, level: NoiseLevel): number {
  let runner = Math.exp(level.runnerSd * gaussian(rand));
  if (rand() < level.slowRunnerP) runner *= level.slowRunner[0] + (level.slowRunner[1] - level.slowRunner[0]) * rand();
  return runner;
}

/** One job: every benchmark's samples, memory and accuracy, as a parsed result set. */
export function simulateRun(
  rand: () => number,
  level: NoiseLevel,
  suite: Suite,
  change: Change = {},
  quirks: Quirks = {},
): ResultSet {
  let runner = Math.exp(level.runnerSd * gaussian(rand));
  if (rand() < level.slowRunnerP) runner *= level.slowRunner[0] + (level.slowRunner[1] - level.slowRunner[0]) * rand();
  if (quirks.runner !== undefined) runner = quirks.runner;
  const disturbed = rand() < level.outlierRunP;
  const size = suite.names.length;
  let block: [number, number] | undefined;
  if (quirks.neighbourP && rand() < quirks.neighbourP) {
    const len = Math.max(1, Math.round((quirks.neighbourShare ?? 0.3) * size));
    const start = Math.floor(rand() * size);
    block = [start, start + len];
  }
  const benchmarks: Benchmark[] = suite.names.map((name, i) => {
    let jitter = suite.sd[i]! * gaussian(rand);
    if (disturbed) jitter += level.outlierRunSd * Math.abs(gaussian(rand));
    let quirk = 1;
    if (quirks.spikeP && rand() < quirks.spikeP) {
      const [lo, hi] = quirks.spike ?? [1.1, 1.5];
      quirk *= lo + (hi - lo) * rand();
    }
    const tm = quirks.twoMode;
    if (tm && (i * 0.6180339887) % 1 < tm.share && rand() < tm.p) quirk *= 1 + tm.gap;
    if (block && ((i >= block[0] && i < block[1]) || i < block[1] - size)) {
      const [lo, hi] = quirks.neighbour ?? [1.2, 1.6];
      quirk *= lo + (hi - lo) * rand();
    }
    const truth = suite.base[i]! * (change.time?.get(i) ?? 1) * runner * Math.exp(jitter) * quirk;
    const grid = (v: number) =>
      quirks.quantum ? Math.max(1, Math.round(v / (suite.base[i]! * quirks.quantum))) * suite.base[i]! * quirks.quantum : v;
    const samples = Array.from({ length: level.samples }, () => {
      let v = truth * Math.exp(level.sampleSd * gaussian(rand));
      if (rand() < level.tailP) v *= 1 + 0.5 / Math.pow(Math.max(rand(), 1e-6), 1 / 1.5); // Pareto(α = 1.5) tail
      return grid(v);
    });
    const mean = samples.length ? samples.reduce((a, b) => a + b, 0) / samples.length : grid(truth);
    return {
      name,
      group: 'sim',
      metrics: {
        time: { value: mean, unit: 's', direction: 'smaller', ...(samples.length ? { samples } : {}) },
        memory_peak: { value: Math.round(suite.memory[i]! * (change.memory?.get(i) ?? 1)), unit: 'bytes', direction: 'smaller' },
        accuracy: { value: change.accuracy?.get(i) ?? 0.97, unit: 'ratio', direction: 'bigger' },
      },
    };
  });
  return { benchmarks };
}

/**
 * The seed of bench:patterns' history `history` (0-based) of the pattern `name`: each pattern has
 * runner draws of its own. Tests that judge one of those histories take its seed from here.
 */
export const patternSeed = (name: string, history: number) =>
  [...name].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7) + 1_000_003 * (history + 1);

/**
 * One suite's time figures push by push on a level's runners (drawRunner), each benchmark with its own
 * noise from the level's benchSd and no samples: `factor(b, p)` multiplies benchmark b's true time at
 * push p (a change that stays, half a suite moving). Benchmarks `bench_<b>`, in ns. What
 * bench/patterns.ts replays and the tests of a split suite judge.
 */
export function suiteHistory(
  seed: number,
  pushes: number,
  factor: (b: number, p: number) => number,
  { size = 20, level = LEVELS[1]! }: { size?: number; level?: NoiseLevel } = {},
): ResultSet[] {
  const rand = rng(seed);
  const base = Array.from({ length: size }, () => 1e3 * Math.exp(3 * rand()));
  const sd = base.map(() => level.benchSd[0] + (level.benchSd[1] - level.benchSd[0]) * rand());
  return Array.from({ length: pushes }, (_, p) => {
    const runner = drawRunner(rand, level);
    return {
      benchmarks: base.map((v, b) => ({
        name: `bench_${b}`,
        metrics: {
          time: { value: v * runner * factor(b, p) * Math.exp(sd[b]! * gaussian(rand)), unit: 'ns', direction: 'smaller' },
        },
      })),
    };
  });
}
