/**
 * Bisection on real timings: a real git repository of the example suite (examples/causal-gym, benny,
 * CAUSAL_GYM_QUICK=1) with 24 commits after a good one, one of which makes
 * test_intervention_performance do 1.5× or 2× its work (CAUSAL_GYM_SLOWDOWN); the other 23 change a
 * notes file. Each search is the CLI's own bisect() with no --benchmark (it first finds what broke),
 * run beside intermittent CPU hogs (each burns a core 1–6 s, rests 1–6 s).
 *
 *   npm run bench:bisect [-- --hogs 2 --searches 10]
 *
 * Prints per search: where the slowdown was, the verdict, the culprit, probes, rounds and minutes; then
 * how many searches named the right commit and whether any `found` named a wrong one.
 */
import { rmSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_RULES } from '../src/config.js';
import { silentLogger } from '../src/io/log.js';
import { bisect } from '../src/pipeline/bisect.js';
import { commitSlowdown, exampleRepository, exampleSuite, numberArg as arg } from './example-repo.js';
import { startHogs } from './hogs.mjs';
import { recordFigures } from './results.js';

const HOGS = arg('hogs', 2);
const SEARCHES = arg('searches', 10);
const COMMITS = 24;
const TARGET = 'test_intervention_performance';
/** Positions (1-based, among the 24) and factors, cycled through the searches. */
const CASES: [number, number][] = [
  [5, 1.5],
  [17, 2],
  [1, 1.5],
  [24, 2],
  [12, 1.5],
  [9, 2],
  [20, 1.5],
  [3, 2],
  [14, 1.5],
  [22, 2],
];

const work = resolve('.tmp', 'bisect-eval');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const suite = await exampleSuite(work);

/** The repository: good, then 24 commits; commit `at` turns the slowdown on. Returns the shas (0 = good). */
function repository(at: number, factor: number): { dir: string; shas: string[] } {
  const dir = join(work, `repo-${at}-${factor}`);
  const shas = [exampleRepository(dir, suite)];
  let slowdown = '';
  for (let i = 1; i <= COMMITS; i++) {
    if (i === at) slowdown = `${TARGET}:${factor}`;
    shas.push(
      i === at
        ? commitSlowdown(dir, slowdown, `commit ${i}: ${TARGET} ${factor}×`)
        : commitSlowdown(dir, slowdown, `commit ${i}: notes`, String(i)),
    );
  }
  return { dir, shas };
}

const stop = HOGS > 0 ? startHogs(HOGS) : undefined;
let right = 0;
let wrong = 0;
let unknown = 0;
const minutes: number[] = [];
const probes: number[] = [];
const figures = recordFigures('bisect', `${SEARCHES} searches, ${HOGS} intermittent CPU hogs`);
console.log(`## search. ${SEARCHES} searches over ${COMMITS} commits, beside ${HOGS} intermittent CPU hogs\n`);
console.log('| slowdown at | factor | verdict | culprit | probes (repeats) | rounds | minutes | benchmarks followed |');
console.log('|---|---|---|---|---|---|---|---|');
try {
  for (let s = 0; s < SEARCHES; s++) {
    const [at, factor] = CASES[s % CASES.length]!;
    const { dir, shas } = repository(at, factor);
    const start = Date.now();
    const report = await bisect(
      {
        good: shas[0]!,
        bad: 'HEAD',
        cwd: dir,
        command: 'sh run.sh',
        results: { patterns: ['out/*.json'] },
        minRounds: 3,
        maxRounds: 20,
        maxMinutes: 30,
        rules: DEFAULT_RULES,
      },
      silentLogger,
      () => {},
    );
    const took = (Date.now() - start) / 60_000;
    minutes.push(took);
    probes.push(report.steps.length);
    const culprit = report.culprit ? shas.indexOf(report.culprit.sha) : undefined;
    if (report.verdict === 'found' && culprit === at) right++;
    else if (report.verdict === 'found') wrong++;
    else unknown++;
    console.log(
      `| ${at} | ${factor}× | ${report.verdict} | ${culprit === undefined ? `– (${report.reason})` : `commit ${culprit}`} | ${report.steps.length} (${report.steps.filter((x) => x.attempt > 1).length}) | ${report.steps.map((x) => x.rounds).join('+')} | ${took.toFixed(1)} | ${report.benchmarks.join(', ')} |`,
    );
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  stop?.();
}
const sorted = [...minutes].sort((a, b) => a - b);
console.log(
  `\nRight commit named: ${right} of ${SEARCHES}; a wrong commit named: ${wrong}; unknown: ${unknown}. ` +
    `Probes per search: median ${[...probes].sort((a, b) => a - b)[Math.floor(probes.length / 2)]}; minutes per search: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)}, max ${sorted.at(-1)!.toFixed(1)}.`,
);
figures.finish(HOGS === 2 && SEARCHES === 10);
