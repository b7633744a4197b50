/**
 * A release against earlier versions on real timings: a real git repository of the example suite
 * (examples/causal-gym, benny, CAUSAL_GYM_QUICK=1) with three tags — v1 (good), v2
 * (test_intervention_performance does 1.5× its work) and v3 (good again, the current ref) — and
 * `causal-perf run --baseline-ref v1 --baseline-ref v2 --current-ref v3`, TRIALS times, optionally beside
 * intermittent CPU hogs (each burns a core 1–6 s, rests 1–6 s).
 *
 *   npm run bench:versions [-- --trials 5 --hogs 0]
 *
 * Prints per trial the slowed benchmark's status against each version and any other row that failed;
 * then how often v3 was unchanged against v1 and faster than v2.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exampleSuite, judgeRelease, numberArg as arg, releaseRepository, type ReleaseRow } from './example-repo.js';
import { startHogs } from './hogs.mjs';

const TRIALS = arg('trials', 5);
const HOGS = arg('hogs', 0);
const TARGET = 'test_intervention_performance';

const work = resolve('.tmp', 'versions-eval');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const suite = await exampleSuite(work);
const dir = join(work, 'repo');
releaseRepository(dir, suite, TARGET);
const stop = HOGS > 0 ? startHogs(HOGS) : undefined;
let asExpected = 0;
let otherFailing = 0;
const cli = resolve('dist', 'cli.js');
try {
  for (let t = 0; t < TRIALS; t++) {
    const start = Date.now();
    const r = spawnSync(
      process.execPath,
      [
        cli,
        'run',
        '--baseline-ref',
        'v1',
        '--baseline-ref',
        'v2',
        '--current-ref',
        'v3',
        '--suite',
        'sh run.sh',
        '--output',
        'out/*.json',
        '--max-rounds',
        '20',
        '--format',
        'json',
      ],
      { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 },
    );
    if (r.status === 2 || r.status === null) throw new Error(r.stderr);
    const report = JSON.parse(r.stdout) as { comparisons: { baseline_ref: string; rounds: number; results: ReleaseRow[] }[] };
    const { v1, v2, others } = judgeRelease(report, TARGET);
    otherFailing += others.length;
    // As expected in the slowed benchmark (other failing rows are counted apart).
    if (v1?.status === 'unchanged' && v2?.status === 'improvement') asExpected++;
    const pct = (row?: ReleaseRow) => `${row?.status} (${(((row?.measured_ratio ?? NaN) - 1) * 100).toFixed(1)} %)`;
    console.log(
      `trial ${t + 1}: ${TARGET} vs v1 ${pct(v1)}, vs v2 ${pct(v2)}; rounds ${report.comparisons.map((c) => c.rounds).join(' / ')}; other rows failing: ${others.join(', ') || 'none'} (${((Date.now() - start) / 1000).toFixed(0)} s)`,
    );
  }
  console.log(
    `\n${TRIALS} trials, ${HOGS} CPU hog${HOGS === 1 ? '' : 's'}: v3 unchanged against v1 and faster than v2 in ${asExpected} of ${TRIALS}; other rows failing: ${otherFailing}`,
  );
} finally {
  stop?.();
  rmSync(work, { recursive: true, force: true });
}
