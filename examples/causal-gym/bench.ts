/**
 * The Causal Interface Gym benchmark suite (benny): the cases of the project's seed configuration.
 * Writes <out>/time.json (benny, with per-sample times) and <out>/quality.json (causal-perf's
 * normalized format: measured peak memory and the reference agent's accuracy).
 *
 *   node scripts/run-ts.mjs examples/causal-gym/bench.ts --out results/
 *   CAUSAL_GYM_SLOW=1 …   switches on a deliberate regression in the intervention path: a quadratic
 *     topological order, so test_intervention_performance slows and the test_intervention_10/50/100
 *     family's growth with size steepens (the scaling check).
 *   CAUSAL_GYM_SLOWDOWN=test_dag_creation_50_100:1.25[,name:factor…] …   makes those benchmarks do 1.25× their work
 *     (the body runs again on every fourth call): a known, real slowdown for scoring the gate.
 *   CAUSAL_PERF_BENCHMARKS="a\nb" …   runs only those benchmarks (how causal-perf re-measures).
 *   CAUSAL_PERF_ITERATIONS=N …   runs each selected benchmark's body exactly N times and nothing else,
 *     untimed (how causal-perf counts instructions under Valgrind: `measure: instructions`).
 */
import b from 'benny';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { agreement, buildDag, propagate, referenceAgentAccuracy, rng, topologicalOrder } from './causal.js';

const outArg = process.argv.indexOf('--out');
const out = resolve(outArg > 0 ? (process.argv[outArg + 1] ?? 'results') : 'results');
mkdirSync(out, { recursive: true });
const slow = process.env.CAUSAL_GYM_SLOW === '1';
const quick = process.env.CAUSAL_GYM_QUICK === '1';
const cases = { minSamples: quick ? 10 : 20, maxTime: quick ? 0.15 : 0.4, delay: 0.01 };

const random = rng(42);
const dag100 = buildDag(100, 200, random);
const noise100 = Float64Array.from({ length: 100 }, () => random() - 0.5);
// A size family for the scaling check: do(X) propagated through DAGs of 10, 50 and 100 nodes (2 edges a node).
const sized = new Map(
  [10, 50, 100].map((n) => {
    const r = rng(1000 + n);
    return [n, { dag: buildDag(n, 2 * n, r), noise: Float64Array.from({ length: n }, () => r() - 0.5) }] as const;
  }),
);
const truth = Uint8Array.from({ length: 1000 }, () => (random() < 0.4 ? 1 : 0));
const answers = truth.map((t) => (random() < 0.93 ? t : 1 - t));

// name:factor, comma-separated: those benchmarks do factor× their work.
const slowdowns = new Map(
  (process.env.CAUSAL_GYM_SLOWDOWN ?? '')
    .split(',')
    .filter(Boolean)
    .map((pair) => [pair.split(':')[0]!, Number(pair.split(':')[1])] as const),
);
/**
 * The benchmark body, doing `factor`× its work on average when CAUSAL_GYM_SLOWDOWN names it (to a
 * thousandth). The wrapper is there either way, so its own cost is no part of the change.
 */
function body(name: string, fn: () => void): [string, () => void] {
  // Whole thousandths, so the bookkeeping stays in small integers: a fractional counter is a boxed
  // double that a JIT allocates on every update, which instruction counts see (+24 % for a +2 % change).
  const per = Math.round(Math.max(0, (slowdowns.get(name) ?? 1) - 1) * 1000);
  // The extra call comes on the first call already, so a JIT compiles the body with it.
  let owed = per > 0 ? 1000 - per : 0;
  // One call site for the body: with a second one, a JIT may stop inlining it at either (measured:
  // +12 % instructions for one extra call in a thousand), and counts would see that, not the work.
  return [
    name,
    () => {
      let calls = 1;
      for (owed += per; owed >= 1000; owed -= 1000) calls++;
      for (let i = 0; i < calls; i++) fn();
    },
  ];
}

let sink = 0;
const cases_: [string, () => void][] = [
  body('test_dag_creation_10_15', () => {
    sink += topologicalOrder(buildDag(10, 15, rng(1))).length;
  }),
  body('test_dag_creation_50_100', () => {
    sink += topologicalOrder(buildDag(50, 100, rng(2))).length;
  }),
  body('test_dag_creation_100_200', () => {
    sink += topologicalOrder(buildDag(100, 200, rng(3))).length;
  }),
  body('test_intervention_performance', () => {
    sink += propagate(dag100, noise100, 7, 1, slow)[99]!;
  }),
  ...[...sized].map(([n, { dag, noise }]) =>
    body(`test_intervention_${n}`, () => {
      sink += propagate(dag, noise, 1, 1, slow)[n - 1]!;
    }),
  ),
  body('test_agreement_metrics_1000', () => {
    sink += agreement(truth, answers).kappa;
  }),
];
// causal-perf re-measures only the benchmarks it could not decide, named one per line.
const only = new Set((process.env.CAUSAL_PERF_BENCHMARKS ?? '').split('\n').filter(Boolean));
const selected = only.size ? cases_.filter(([name]) => only.has(name)) : cases_;
const iterations = Number(process.env.CAUSAL_PERF_ITERATIONS ?? 0);
if (iterations > 0) {
  for (const [, fn] of selected) for (let i = 0; i < iterations; i++) fn();
  process.exit(sink === 0 ? 1 : 0);
}
if (selected.length > 0)
  await b.suite(
    'causal_inference',
    ...selected.map(([name, fn]) => b.add(name, fn)),
    b.cycle(),
    b.configure({ cases }),
    b.save({ file: 'time', folder: out, format: 'json', details: true, version: null }),
  );
/** Peak heap growth while 200 environments (100/200 DAGs with their SCM noise) are alive. */
function environmentMemory(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const envs: unknown[] = [];
  const r = rng(7);
  for (let i = 0; i < 200; i++) {
    envs.push({ dag: buildDag(100, 200, r), noise: new Float64Array(100) });
    if (i % 20 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  sink += envs.length;
  return peak - before;
}

if (only.size === 0 || only.has('test_environment_memory_200') || only.has('test_reference_agent_accuracy')) {
  const memories = Array.from({ length: 5 }, environmentMemory).sort((x, y) => x - y);
  const memory = memories[2]!;
  const accuracy = referenceAgentAccuracy(60, 40, 2024);

  writeFileSync(
    join(out, 'quality.json'),
    JSON.stringify(
      {
        benchmarks: [
          {
            name: 'test_environment_memory_200',
            group: 'memory',
            metrics: { memory_peak: { value: memory, unit: 'bytes', direction: 'smaller' } },
          },
          {
            name: 'test_reference_agent_accuracy',
            group: 'quality',
            metrics: { accuracy: { value: accuracy, unit: 'ratio', direction: 'bigger' } },
          },
        ],
      },
      null,
      2,
    ),
  );
  console.log(`memory_peak ${memory} bytes, accuracy ${accuracy.toFixed(4)} (sink ${sink > 0 ? 'ok' : '0'})`);
}
