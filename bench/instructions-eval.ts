/**
 * Instruction counts (measure: instructions, src/pipeline/instructions.ts) beside two intermittent CPU
 * hogs (bench/hogs.mjs), with the real Valgrind, on the example suite (node, the env harness: all its
 * timed benchmarks) and on a real pytest suite (fixtures-src/pytest, the pytest harness, unchanged):
 *  - spread: TRIALS counts of unchanged code; each benchmark's largest count ÷ smallest − 1;
 *  - detection: TRIALS more counts, each with one benchmark doing 2 % more work (the next one in turn),
 *    judged by decide() against the unchanged counts as history with the default rules: is the changed
 *    benchmark's instructions row a regression, and is every other row unchanged?
 *  - cost: seconds per counted pass, beside the timed run's.
 *
 *   npm run bench:instructions [-- --trials 10] [-- example|pytest]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundleForNode } from '../scripts/bundle.mjs';
import { decide } from '../src/analysis/decide.js';
import { DEFAULT_RULES } from '../src/config.js';
import { countInstructions, type InstructionsPlan } from '../src/pipeline/instructions.js';
import type { ResultSet } from '../src/model.js';
import { startHogs } from './hogs.mjs';
import { recordFigures } from './results.js';

const at = process.argv.indexOf('--trials');
const TRIALS = at > 0 ? Number(process.argv[at + 1]) : 10;
const only = process.argv.slice(2).filter((a) => a === 'example' || a === 'pytest');
const log = { info: () => {}, warn: console.warn, debug: () => {}, error: console.error } as never;
const pct = (x: number) => `${(100 * x).toFixed(4)} %`;

interface Suite {
  name: string;
  plan: (extra: string) => InstructionsPlan;
  benchmarks: string[];
  /** The environment variable that makes one benchmark do 1.02× its work. */
  knob: (name: string) => string;
}

async function suites(): Promise<Suite[]> {
  mkdirSync('.tmp', { recursive: true });
  const bundle = join('.tmp', 'instructions-eval-bench.mjs');
  await bundleForNode('examples/causal-gym/bench.ts', bundle);
  const python = 'python3';
  return [
    {
      name: 'example suite (node, env harness)',
      plan: (extra) => ({
        harness: 'env',
        command: `node ${bundle}`,
        cwd: '.',
        flag: 'eval',
        env: { ...process.env, CAUSAL_GYM_SLOWDOWN: extra },
      }),
      benchmarks: [
        'test_dag_creation_10_15',
        'test_dag_creation_50_100',
        'test_dag_creation_100_200',
        'test_intervention_performance',
        'test_intervention_10',
        'test_intervention_50',
        'test_intervention_100',
        'test_agreement_metrics_1000',
      ],
      knob: (name) => `${name}:1.02`,
    },
    {
      name: 'pytest-benchmark suite (fixtures-src/pytest, pytest harness)',
      plan: (extra) => ({
        harness: 'pytest',
        command: python,
        cwd: 'fixtures-src/pytest',
        flag: 'eval',
        env: { ...process.env, CAUSAL_EXTRA_WORK: extra },
      }),
      benchmarks: ['test_intervention_performance', 'test_metric_computation_performance'],
      knob: (name) => `${name}:1.02`,
    },
  ];
}

const asRun = (counts: Map<string, number>): ResultSet => ({
  benchmarks: [...counts].map(([name, value]) => ({
    name,
    metrics: { instructions: { value, unit: 'instructions', direction: 'smaller' } },
  })),
});

async function evaluate(s: Suite): Promise<string> {
  const unchanged: Map<string, number>[] = [];
  const seconds: number[] = [];
  for (let t = 0; t < TRIALS; t++) {
    const r = await countInstructions(s.plan(''), s.benchmarks, log);
    unchanged.push(r.counts);
    seconds.push(r.seconds);
    process.stderr.write(`${s.name}: unchanged ${t + 1}/${TRIALS} (${r.seconds.toFixed(0)} s)\n`);
  }
  const spread = s.benchmarks.map((b) => {
    const xs = unchanged.map((c) => c.get(b)!);
    return Math.max(...xs) / Math.min(...xs) - 1;
  });
  const history = unchanged.map(asRun);
  let caught = 0;
  let clean = 0;
  const moved: number[] = [];
  for (let t = 0; t < TRIALS; t++) {
    const target = s.benchmarks[t % s.benchmarks.length]!;
    const r = await countInstructions(s.plan(s.knob(target)), s.benchmarks, log);
    seconds.push(r.seconds);
    const d = decide(asRun(r.counts), history, DEFAULT_RULES);
    const row = d.results.find((x) => x.benchmark === target && x.metric === 'instructions');
    if (row?.status === 'regression' && row.fails) caught++;
    if (d.results.every((x) => x.benchmark === target || x.status === 'unchanged')) clean++;
    moved.push(row?.measured_ratio ?? NaN);
    const others = d.results.filter((x) => x.benchmark !== target && x.status !== 'unchanged');
    process.stderr.write(
      `${s.name}: ${target} +2 % → ${row?.status} ${row?.measured_ratio?.toFixed(5)} (${r.seconds.toFixed(0)} s)${others.map((x) => `; also ${x.benchmark} ${x.status} ${x.measured_ratio?.toFixed(5)}: ${x.reason}`).join('')}\n`,
    );
  }
  seconds.sort((a, b) => a - b);
  const med = seconds[Math.floor(seconds.length / 2)]!;
  moved.sort((a, b) => a - b);
  return `| ${s.name} | ${s.benchmarks.length} | ${pct(Math.max(...spread))} (median ${pct(spread.sort((a, b) => a - b)[Math.floor(spread.length / 2)]!)}) | ${caught}/${TRIALS} | ${clean}/${TRIALS} | ${pct(moved[0]! - 1)} … ${pct(moved.at(-1)! - 1)} | ${med.toFixed(0)} s (max ${seconds.at(-1)!.toFixed(0)} s) |`;
}

const figures = recordFigures('instructions', `${TRIALS} unchanged and ${TRIALS} changed counts per suite, beside 2 CPU hogs`);
const stop = startHogs(2);
const lines: string[] = [];
try {
  for (const s of await suites()) if (only.length === 0 || only.some((o) => s.name.startsWith(o))) lines.push(await evaluate(s));
} finally {
  stop();
}
console.log(
  `\n## I1. Instruction counts beside two intermittent CPU hogs (${TRIALS} + ${TRIALS} counted passes per suite, 2 cores)\n`,
);
console.log(
  '| suite | benchmarks | spread of unchanged counts, worst benchmark | +2 % work in one benchmark flagged | nothing else moved | the changed count read | one counted pass (median) |',
);
console.log('|---|---|---|---|---|---|---|');
for (const l of lines) console.log(l);
figures.finish(only.length === 0);
