/**
 * Detection quality, side by side: this engine versus the naive "head / previous run > 1.10" rule
 * (what github-action-benchmark does), on simulated CI noise with a 20-run history.
 * Run: npm run bench:detect   (fixed seeds: the same numbers every time)
 */
import { DEFAULT_RULES } from '../src/config.js';
import { decide } from '../src/analysis/decide.js';
import type { ResultSet } from '../src/model.js';
import { LEVELS, makeSuite, rng, simulateRun, type Change, type NoiseLevel } from './simulate.js';

const HISTORY = 20;
const SUITE = 20;
const TRIALS_NULL = Number(process.env.TRIALS_NULL ?? 400);
const TRIALS_POWER = Number(process.env.TRIALS_POWER ?? 200);
const EFFECTS = [1.05, 1.1, 1.15, 1.25, 1.5];

function scenario(
  seed: number,
  level: NoiseLevel,
  change: Change,
  size = SUITE,
  runs = HISTORY,
): { head: ResultSet; history: ResultSet[] } {
  const rand = rng(seed);
  const suite = makeSuite(rand, level, size);
  const history = Array.from({ length: runs }, () => simulateRun(rand, level, suite));
  return { head: simulateRun(rand, level, suite, change), history };
}

const naive = (head: ResultSet, prev: ResultSet, name: string, limit = 1.1) => {
  const h = head.benchmarks.find((b) => b.name === name)!.metrics.time!.value;
  const p = prev.benchmarks.find((b) => b.name === name)!.metrics.time!.value;
  return h / p > limit;
};

const flagged = (head: ResultSet, history: ResultSet[], name: string, metric = 'time') =>
  decide(head, history, DEFAULT_RULES).results.find((r) => r.benchmark === name && r.metric === metric)!;

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

for (const level of LEVELS) {
  let engineFA = 0;
  let naiveFA = 0;
  let naive2FA = 0;
  let decisions = 0;
  let jobsFailed = 0;
  for (let t = 0; t < TRIALS_NULL; t++) {
    const { head, history } = scenario(1000 + t, level, {});
    const d = decide(head, history, DEFAULT_RULES);
    if (d.verdict === 'fail') jobsFailed++;
    for (const b of head.benchmarks) {
      decisions++;
      if (d.results.find((r) => r.benchmark === b.name && r.metric === 'time')!.status === 'regression') engineFA++;
      if (naive(head, history.at(-1)!, b.name)) naiveFA++;
      if (naive(head, history.at(-1)!, b.name, 2)) naive2FA++;
    }
  }
  console.log(`\n## ${level.name}: ${HISTORY}-run history, ${SUITE} benchmarks per job`);
  console.log(`| | this engine | naive ratio > 1.10 | naive ratio > 2.00 |`);
  console.log(`|---|---|---|---|`);
  console.log(
    `| false alarms per benchmark (unchanged code, ${decisions} decisions) | ${pct(engineFA / decisions)} | ${pct(naiveFA / decisions)} | ${pct(naive2FA / decisions)} |`,
  );
  console.log(`| jobs failed on unchanged code | ${pct(jobsFailed / TRIALS_NULL)} | | |`);
  for (const effect of EFFECTS) {
    let engine = 0;
    let nv = 0;
    let nv2 = 0;
    for (let t = 0; t < TRIALS_POWER; t++) {
      const { head, history } = scenario(50_000 + t, level, { time: new Map([[0, effect]]) });
      if (flagged(head, history, 'bench_000').status === 'regression') engine++;
      if (naive(head, history.at(-1)!, 'bench_000')) nv++;
      if (naive(head, history.at(-1)!, 'bench_000', 2)) nv2++;
    }
    console.log(
      `| power at +${Math.round((effect - 1) * 100)} % (${TRIALS_POWER} trials) | ${pct(engine / TRIALS_POWER)} | ${pct(nv / TRIALS_POWER)} | ${pct(nv2 / TRIALS_POWER)} |`,
    );
  }
  // Rules that must hold exactly, whatever the noise.
  let improvementsFailed = 0;
  let mem30 = 0;
  let mem20 = 0;
  let accLow = 0;
  let accAt = 0;
  const N = 100;
  for (let t = 0; t < N; t++) {
    const s = 90_000 + t;
    const imp = scenario(s, level, { time: new Map([[0, 0.5]]) });
    if (decide(imp.head, imp.history, DEFAULT_RULES).results.some((r) => r.benchmark === 'bench_000' && r.fails))
      improvementsFailed++;
    const m30 = scenario(s, level, { memory: new Map([[1, 1.3]]) });
    if (flagged(m30.head, m30.history, 'bench_001', 'memory_peak').status === 'regression') mem30++;
    const m20 = scenario(s, level, { memory: new Map([[1, 1.2]]) });
    if (flagged(m20.head, m20.history, 'bench_001', 'memory_peak').status === 'regression') mem20++;
    const a94 = scenario(s, level, { accuracy: new Map([[2, 0.94]]) });
    if (flagged(a94.head, a94.history, 'bench_002', 'accuracy').status === 'below-floor') accLow++;
    const a95 = scenario(s, level, { accuracy: new Map([[2, 0.95]]) });
    if (flagged(a95.head, a95.history, 'bench_002', 'accuracy').status === 'below-floor') accAt++;
  }
  console.log(`| 2× faster (improvement) failing the check | ${improvementsFailed}/${N} | | |`);
  console.log(`| memory +30 % caught / exactly +20 % flagged | ${mem30}/${N} / ${mem20}/${N} | | |`);
  console.log(`| accuracy 0.94 caught / exactly 0.95 flagged | ${accLow}/${N} / ${accAt}/${N} | | |`);
}

// A small suite with a short history (the example suite of `npm run demo`: 5–6 benchmarks, 5 runs).
{
  const level = LEVELS.find((l) => l.name.startsWith('CI')) ?? LEVELS[1]!;
  const size = 6;
  const runs = 5;
  let fa = 0;
  let decisions = 0;
  let jobs = 0;
  for (let t = 0; t < TRIALS_NULL; t++) {
    const { head, history } = scenario(5000 + t, level, {}, size, runs);
    const d = decide(head, history, DEFAULT_RULES);
    if (d.verdict === 'fail') jobs++;
    for (const r of d.results) {
      decisions++;
      if (r.status === 'regression') fa++;
    }
  }
  console.log(`\n## ${level.name}, small suite: ${runs}-run history, ${size} benchmarks per job`);
  console.log(`| | this engine |`);
  console.log(`|---|---|`);
  console.log(`| false alarms per benchmark (unchanged code, ${decisions} decisions) | ${pct(fa / decisions)} |`);
  console.log(`| jobs failed on unchanged code | ${pct(jobs / TRIALS_NULL)} |`);
  for (const effect of [1.25, 1.5, 2, 4]) {
    let caught = 0;
    for (let t = 0; t < TRIALS_POWER; t++) {
      const { head, history } = scenario(7000 + t, level, { time: new Map([[0, effect]]) }, size, runs);
      if (flagged(head, history, 'bench_000').fails) caught++;
    }
    console.log(
      `| power at ${effect >= 2 ? `${effect}×` : `+${Math.round((effect - 1) * 100)} %`} (${TRIALS_POWER} trials) | ${pct(caught / TRIALS_POWER)} |`,
    );
  }
}
