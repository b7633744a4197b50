/**
 * Re-measuring the head alone against pairing with the base commit (`--confirm-ab`), on real timings:
 * a real git repository of the example suite (examples/causal-gym, benny, CAUSAL_GYM_QUICK=1) with a
 * good commit, a harmless one and one that makes test_intervention_performance do FACTOR× its work.
 * A short local history (PRIOR recorded runs of the good commit) is seeded beside intermittent CPU hogs
 * (each burns a core 1–6 s, rests 1–6 s); then each head job (unchanged and slowed, alternating) is
 * judged twice with the CLI, not recorded: `--confirm-runs 3` alone, and `--confirm-runs 3 --confirm-ab
 * <good>` (paired rounds for what the re-runs left undecided, at most --max-rounds).
 *
 *   npm run bench:escalate [-- --hogs 2 --prior 5 --jobs 12 --factor 1.25 --max-rounds 12]
 *
 * Prints per job both designs' verdicts, the slowed row's status and the time spent; then per design:
 * unchanged jobs failed, slowed jobs caught, rows left undecided, and the median and longest job time.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { commitSlowdown, exampleRepository, exampleSuite, git, numberArg as arg } from './example-repo.js';
import { startHogs } from './hogs.mjs';

const HOGS = arg('hogs', 2);
const PRIOR = arg('prior', 5);
const JOBS = arg('jobs', 12);
const FACTOR = arg('factor', 1.25);
const MAX_ROUNDS = arg('max-rounds', 12);
const TARGET = 'test_intervention_performance';
const CLI = resolve('dist', 'cli.js');

const work = resolve('.tmp', 'escalate-eval');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const suite = await exampleSuite(work);

// good, then a harmless commit (the unchanged heads); the slowed head on a branch from good.
const dir = join(work, 'repo');
const good = exampleRepository(dir, suite);
const harmless = commitSlowdown(dir, '', 'harmless', '1');
git(dir, 'checkout', '-q', '-b', 'slow', good);
const slowed = commitSlowdown(dir, `${TARGET}:${FACTOR}`, `${TARGET} ${FACTOR}×`);

const history = join(work, 'history');
const base = ['run', '--suite', 'sh run.sh', '--output', 'out/*.json', '--history-dir', history, '--branch', 'main'];
interface Row {
  benchmark: string;
  status: string;
  fails: boolean;
  enforced: boolean;
}
interface Report {
  verdict: string;
  results: Row[];
  paired?: { rounds: number };
}
function cli(args: string[]): { report: Report; seconds: number } {
  const start = Date.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status === 2 || r.status === null) throw new Error(`causal-perf ${args.join(' ')} failed:\n${r.stderr}`);
  return { report: JSON.parse(r.stdout || '{}') as Report, seconds: (Date.now() - start) / 1000 };
}

const stop = HOGS > 0 ? startHogs(HOGS) : undefined;
try {
  git(dir, 'checkout', '-q', good);
  for (let i = 0; i < PRIOR; i++) cli([...base, '--confirm-runs', '0', '--format', 'json']);
  const designs = {
    're-runs only': ['--confirm-runs', '3'],
    're-runs, then paired': ['--confirm-runs', '3', '--confirm-ab', good, '--max-rounds', String(MAX_ROUNDS)],
  } as const;
  type Design = keyof typeof designs;
  const tally = Object.fromEntries(
    Object.keys(designs).map((d) => [
      d,
      { unchangedFailed: 0, unchanged: 0, caught: 0, slowed: 0, undecided: 0, otherFailing: 0, seconds: [] as number[] },
    ]),
  ) as Record<
    Design,
    {
      unchangedFailed: number;
      unchanged: number;
      caught: number;
      slowed: number;
      undecided: number;
      otherFailing: number;
      seconds: number[];
    }
  >;
  for (let j = 0; j < JOBS; j++) {
    const slow = j % 2 === 1;
    git(dir, 'checkout', '-q', slow ? slowed : harmless);
    const line: string[] = [`job ${j + 1}: ${slow ? `${TARGET} ${FACTOR}×` : 'unchanged'}`];
    for (const [design, flags] of Object.entries(designs) as [Design, readonly string[]][]) {
      const { report, seconds } = cli([...base, ...flags, '--no-record', '--format', 'json']);
      const t = tally[design];
      const target = report.results.find((r) => r.benchmark === TARGET && r.enforced);
      const others = report.results.filter((r) => r.fails && r.benchmark !== TARGET).length;
      t.undecided += report.results.filter((r) => r.enforced && r.status === 'inconclusive').length;
      t.seconds.push(seconds);
      if (slow) {
        t.slowed++;
        if (target?.fails) t.caught++;
        t.otherFailing += others;
      } else {
        t.unchanged++;
        if (report.verdict === 'fail') t.unchangedFailed++;
      }
      line.push(
        `${design}: ${report.verdict}${slow ? ` (${TARGET} ${target?.status ?? '?'})` : ''}${report.paired ? `, ${report.paired.rounds} paired rounds` : ''}, ${seconds.toFixed(0)} s`,
      );
    }
    console.log(line.join(' | '));
  }
  const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;
  console.log(
    `\n${PRIOR} prior runs, ${HOGS} CPU hog${HOGS === 1 ? '' : 's'}, ${JOBS} jobs, slowdown ${FACTOR}× of ${TARGET}, paired rounds at most ${MAX_ROUNDS}\n`,
  );
  console.log(
    '| design | unchanged jobs failed | slowed caught | other rows failing | rows left undecided | seconds per job (median / max) |',
  );
  console.log('|---|---|---|---|---|---|');
  for (const [design, t] of Object.entries(tally))
    console.log(
      `| ${design} | ${t.unchangedFailed} of ${t.unchanged} | ${t.caught} of ${t.slowed} | ${t.otherFailing} | ${t.undecided} | ${q(t.seconds, 0.5).toFixed(0)} / ${Math.max(...t.seconds).toFixed(0)} |`,
    );
} finally {
  stop?.();
  rmSync(work, { recursive: true, force: true });
}
