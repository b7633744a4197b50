/**
 * Change patterns the real corpus has few of, replayed push by push as the real histories are
 * (bench/replay-real.ts, result files only): 20 benchmarks on CI-like runners (shared σ 8 %, one job
 * in 20 on a machine 20–60 % slower; each benchmark 1–3 % of its own), 90 pushes, a change at push 50
 * that stays; 10 histories (seeds) per pattern. Scores, per pattern: the changed benchmarks failed
 * within one push of the change (at it or the next), later, failed again after they were first
 * failed (blamed twice), and rows failed on benchmarks nothing changed; and what the push summary's
 * open regressions (src/pipeline/drift.ts) list after the last push: the changed benchmarks, and any
 * other. A creep (a few percent a push, no push past the limit) is also a change no single push
 * brought: the gate may not fail it, and the open regressions are where it must show.
 *
 *   npm run bench:patterns [-- DIR]    (the generated data.js files are written to DIR, default .tmp/patterns)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_RULES } from '../src/config.js';
import { importBenchmarkActionHistory } from '../src/history/import.js';
import { openRegressions } from '../src/pipeline/drift.js';
import { patternSeed, suiteHistory } from './simulate.js';

const N = 20;
const PUSHES = 90;
const STEP = 50;
const SEEDS = 10;

interface Pattern {
  /** The benchmarks the change slows (the ones a gate should fail). */
  changed: (b: number) => boolean;
  factor: (b: number) => number;
  /** The push from which the change is undone (a revert); absent: it stays. */
  until?: number;
  /** A creep instead of a step: the changed benchmarks slow by `factor` on each of `pushes` pushes. */
  creep?: { pushes: number };
}
const PATTERNS: Record<string, Pattern> = {
  'one benchmark +30 %': { changed: (b) => b === 0, factor: (b) => (b === 0 ? 1.3 : 1) },
  'one benchmark +12 %': { changed: (b) => b === 0, factor: (b) => (b === 0 ? 1.12 : 1) },
  'one benchmark 2× slower': { changed: (b) => b === 0, factor: (b) => (b === 0 ? 2 : 1) },
  'two benchmarks +20 %': { changed: (b) => b < 2, factor: (b) => (b < 2 ? 1.2 : 1) },
  'the whole suite +30 %': { changed: () => true, factor: () => 1.3 },
  'a third of the suite +30 %, reverted three pushes later': {
    changed: (b) => b < 7,
    factor: (b) => (b < 7 ? 1.3 : 1),
    until: 53,
  },
  'a third of the suite +50 %': { changed: (b) => b < 7, factor: (b) => (b < 7 ? 1.5 : 1) },
  'half the suite +30 %': { changed: (b) => b < 10, factor: (b) => (b < 10 ? 1.3 : 1) },
  'half the suite +15 %': { changed: (b) => b < 10, factor: (b) => (b < 10 ? 1.15 : 1) },
  'most of the suite (14 of 20) +30 %': { changed: (b) => b < 14, factor: (b) => (b < 14 ? 1.3 : 1) },
  'half the suite 40 % faster': { changed: () => false, factor: (b) => (b < 10 ? 0.6 : 1) },
  'one benchmark creeping +2 % a push for 15 pushes': {
    changed: (b) => b === 0,
    factor: (b) => (b === 0 ? 1.02 : 1),
    creep: { pushes: 15 },
  },
  'one benchmark creeping +1 % a push for 30 pushes': {
    changed: (b) => b === 0,
    factor: (b) => (b === 0 ? 1.01 : 1),
    creep: { pushes: 30 },
  },
  'a third of the suite creeping +2 % a push for 15 pushes': {
    changed: (b) => b < 7,
    factor: (b) => (b < 7 ? 1.02 : 1),
    creep: { pushes: 15 },
  },
  'no change': { changed: () => false, factor: () => 1 },
};

/** The factor of benchmark b at push p: a step from STEP (until a revert), or a creep from STEP on. */
function factorAt(pattern: Pattern, b: number, p: number): number {
  if (p < STEP || p >= (pattern.until ?? Infinity)) return 1;
  return pattern.creep ? pattern.factor(b) ** Math.min(p - STEP + 1, pattern.creep.pushes) : pattern.factor(b);
}
const slug = (name: string) => name.replace(/[^\w]+/g, '-').replace(/^-|-$/g, '');

const dir = resolve(process.argv[2] ?? '.tmp/patterns');
const open = new Map<string, { changed: number; other: number }>();
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
for (const [name, pattern] of Object.entries(PATTERNS)) {
  const entries: Record<string, unknown[]> = {};
  for (let seed = 0; seed < SEEDS; seed++) {
    const runs = suiteHistory(patternSeed(name, seed), PUSHES, (b, p) => factorAt(pattern, b, p), { size: N });
    entries[`${slug(name)}/s${seed}`] = runs.map((run, p) => {
      const date = Date.UTC(2026, 0, 1) + p * 3_600_000;
      return {
        commit: {
          id: (seed * 1000 + p).toString(16).padStart(40, '0'),
          message: `push ${p}`,
          timestamp: new Date(date).toISOString(),
        },
        date,
        tool: 'cargo',
        benches: run.benchmarks.map((b) => ({ name: b.name, value: b.metrics.time!.value, unit: 'ns/iter' })),
      };
    });
  }
  const text = `window.BENCHMARK_DATA = ${JSON.stringify({ entries })}`;
  writeFileSync(resolve(dir, `${slug(name)}.js`), text);
  // The open regressions the push summary would list after the last push, per history.
  const { runs } = importBenchmarkActionHistory(text, `${slug(name)}.js`);
  const listed = { changed: 0, other: 0 };
  for (let seed = 0; seed < SEEDS; seed++) {
    const suite = runs.filter((r) => r.suite === `${slug(name)}/s${seed}`);
    for (const o of openRegressions(suite, DEFAULT_RULES)) {
      if (pattern.changed(Number(o.benchmark.replace('bench_', '')))) listed.changed++;
      else listed.other++;
    }
  }
  open.set(name, listed);
}

// Every failing row of every push, from the replay (REPLAY_DETAIL=all: "<suite> #<push> … bench_<b>: …").
const { stderr: replay, status } = spawnSync(process.execPath, ['scripts/run-ts.mjs', 'bench/replay-real.ts', dir], {
  env: { ...process.env, REPLAY_DETAIL: 'all' },
  encoding: 'utf8',
  stdio: ['ignore', 'ignore', 'pipe'],
  maxBuffer: 1 << 28,
});
if (status !== 0) throw new Error(`bench/replay-real.ts failed:\n${replay}`);
console.log(
  `\n# Change patterns replayed push by push (result files only): ${N} benchmarks, CI-like runners, a change at push ${STEP} of ${PUSHES}, ${SEEDS} histories each\n`,
);
console.log(
  '| pattern | changed rows failed within one push | … later | … failed again after that | rows failed on unchanged benchmarks (pushes) | open regressions after the last push: changed benchmarks / others |',
);
console.log('|---|---|---|---|---|---|');
for (const [name, pattern] of Object.entries(PATTERNS)) {
  const first = new Map<string, number>();
  let again = 0;
  let unchanged = 0;
  const unchangedPushes = new Set<string>();
  for (const line of replay.split('\n')) {
    const m = line.match(/^(\S+)\/s(\d+) #(\d+)(?: \([^)]*\))* bench_(\d+):/);
    if (!m || m[1] !== slug(name)) continue;
    const [seed, push, b] = [m[2]!, Number(m[3]), Number(m[4])];
    if (!pattern.changed(b) || push < STEP) {
      unchanged++;
      unchangedPushes.add(`${seed}#${push}`);
    } else if (first.has(`${seed}/${b}`)) again++;
    else first.set(`${seed}/${b}`, push);
  }
  const changed = SEEDS * Array.from({ length: N }, (_, b) => b).filter(pattern.changed).length;
  const soon = [...first.values()].filter((p) => p <= STEP + 1).length;
  const listed = open.get(name)!;
  console.log(
    `| ${name} | ${changed ? `${soon}/${changed}` : '–'} | ${changed ? first.size - soon : '–'} | ${changed ? again : '–'} | ${unchanged} (${unchangedPushes.size}) | ${changed ? `${listed.changed}/${changed}` : '–'} / ${listed.other} |`,
  );
}
