/**
 * Drift (src/analysis/changes.ts, what `history changes`, open regressions and the trend page's level
 * markers use) scored on real long-running series: the github-action-benchmark histories of
 * bench/real-corpus.sh (GitHub-hosted runners; none of the projects reserved for independent
 * evaluation, and not the Mozilla alert data set).
 *
 * Two kinds of known change:
 *  - real ones, labelled in hindsight by the replay's rule (bench/replay-real.ts lastingShifts): the
 *    level moved more than 10 % and stayed for the next ten runs, most of the five after it beyond
 *    every one of the ten before. Regressions and improvements (the same rule on 1 / x). These are
 *    what a sheriff looking at the whole graph afterwards would confirm; smaller or shorter moves are
 *    not labelled;
 *  - steps put into a real series (its own noise, quantisation and two modes kept): at a point in the
 *    middle of a stretch with no labelled change within 15 runs, every later figure × 1.05, 1.10, 1.20.
 *
 * Found: a change point in the right direction whose index lies within −1…+3 pushes of the change.
 * The labelled regressions are also counted among those whose move held twenty runs (the ten runs
 * after the first ten still more than 10 % above the ten before): the ten-run label also takes short
 * episodes, such as a two-mode series spending eight runs in its slow mode, that a sheriff would not
 * confirm as a regression.
 * A change point that no labelled change explains (none within −3…+3) is counted as false, except
 * where the series in hindsight did move there and stay — ten runs after the point and the ten after
 * those both at least 5 % from the ten before it, in the same direction: a real move smaller or
 * shorter than the labels, counted on its own column.
 *
 *   npm run bench:drift -- /path/to/corpus
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ChangeOptions, type ChangePoint, changePoints } from '../src/analysis/changes.js';
import { median } from '../src/analysis/median.js';
import { roundingStep } from '../src/analysis/series.js';
import { importBenchmarkActionHistory } from '../src/history/import.js';
import type { RunRecord } from '../src/history/types.js';
import { lastingShifts, timeSeries } from './replay-real.js';
import { recordFigures } from './results.js';

const dir = process.argv[2] ?? process.env.CAUSAL_PERF_CORPUS ?? '../corpus';
/** Fewer points than this are not a long-running series. */
const MIN_POINTS = 60;
const STEPS = [1.05, 1.1, 1.2];
/** Other settings of changePoints scored beside the defaults (section D2): window, finer windows, p-value. */
const GRID: [number, number[], number][] = [
  [50, [], 0.001],
  [20, [], 0.001],
  [100, [], 0.001],
  [50, [], 0.0005],
  [50, [20], 0.001],
  [50, [30, 20], 0.0005],
  [50, [15], 0.0005],
  [100, [20], 0.0005],
  [20, [10], 0.001],
];

type Kind = 'quiet (MAD < 2 %)' | 'CI-like (2–10 %)' | 'noisy (> 10 %)' | 'quantised (whole units)';
const KINDS: Kind[] = ['quiet (MAD < 2 %)', 'CI-like (2–10 %)', 'noisy (> 10 %)', 'quantised (whole units)'];

interface Score {
  series: number;
  points: number;
  regressions: number;
  regressionsFound: number;
  improvements: number;
  improvementsFound: number;
  changePoints: number;
  smallerMoves: number;
  unexplained: number;
  /** Of the unexplained, those where the level did stay off, by 1–5 %: real moves smaller than the labels'. */
  unexplainedSmall: number;
  injected: Record<number, { tried: number; found: number }>;
  /** Labelled regressions of one suite at one push, as one alert summary would group them: key → found in any of its series. */
  events: Map<string, boolean>;
  /** Of those, the ones whose move held twenty runs (in some series: the ten runs after the first ten still > 10 % up). */
  held: Set<string>;
}

const score = (): Score => ({
  series: 0,
  points: 0,
  regressions: 0,
  regressionsFound: 0,
  improvements: 0,
  improvementsFound: 0,
  changePoints: 0,
  smallerMoves: 0,
  unexplained: 0,
  unexplainedSmall: 0,
  injected: Object.fromEntries(STEPS.map((s) => [s, { tried: 0, found: 0 }])),
  events: new Map(),
  held: new Set(),
});

function kindOf(xs: number[]): Kind {
  if (roundingStep(xs) > 0 && median(xs) / roundingStep(xs) < 50) return 'quantised (whole units)';
  const logs = xs.map(Math.log);
  const m = median(logs);
  const mad = 1.4826 * median(logs.map((v) => Math.abs(v - m)));
  return mad < 0.02 ? 'quiet (MAD < 2 %)' : mad <= 0.1 ? 'CI-like (2–10 %)' : 'noisy (> 10 %)';
}

const found = (cps: ChangePoint[], at: number, up: boolean) =>
  cps.some((c) => c.index >= at - 1 && c.index <= at + 3 && c.ratio > 1 === up);

/** The series moved at i and stayed: both later groups of ten ≥ 5 % from the ten before, one direction. */
function movedAndStayed(xs: number[], i: number, by = 0.05): boolean {
  if (i < 10 || i + 20 > xs.length) return false;
  const before = median(xs.slice(i - 10, i));
  const a = Math.log(median(xs.slice(i, i + 10)) / before);
  const b = Math.log(median(xs.slice(i + 10, i + 20)) / before);
  const min = Math.log(1 + by);
  return Math.sign(a) === Math.sign(b) && Math.abs(a) >= min && Math.abs(b) >= min;
}

/** `at` maps a point of xs to its push in the suite's history (a run that did not measure it is left out). */
function scoreSeries(xs: number[], at: number[], suite: string, s: Score, options: ChangeOptions): void {
  s.series++;
  s.points += xs.length;
  const up = lastingShifts(xs);
  const down = lastingShifts(xs.map((v) => 1 / v));
  const cps = changePoints(xs, options);
  s.changePoints += cps.length;
  s.regressions += up.length;
  s.improvements += down.length;
  for (const i of up) {
    const hit = found(cps, i, true);
    if (hit) s.regressionsFound++;
    else if (process.env.DRIFT_MISSED) {
      // Where the nearest change point lies, and how large and how noisy the labelled move is.
      const near = cps.reduce<ChangePoint | undefined>(
        (b, c) => (!b || Math.abs(c.index - i) < Math.abs(b.index - i) ? c : b),
        undefined,
      );
      const before = median(xs.slice(Math.max(0, i - 10), i));
      const after = median(xs.slice(i, i + 10));
      const mad = median(xs.slice(Math.max(0, i - 10), i).map((v) => Math.abs(Math.log(v / before))));
      console.error(
        `${suite} #${at[i]} (point ${i} of ${xs.length}): ${((after / before - 1) * 100).toFixed(0)} %, MAD ${(mad * 148).toFixed(1)} %; nearest change point ${near ? `${near.index - i >= 0 ? '+' : ''}${near.index - i} (${((near.ratio - 1) * 100).toFixed(0)} %, p ${near.p.toExponential(1)})` : 'none'}`,
      );
    }
    const key = `${suite} #${at[i]}`;
    s.events.set(key, (s.events.get(key) ?? false) || hit);
    if (i + 20 <= xs.length && median(xs.slice(i + 10, i + 20)) / median(xs.slice(i - 10, i)) > 1.1) s.held.add(key);
  }
  for (const i of down) if (found(cps, i, false)) s.improvementsFound++;
  const labels = [...up, ...down];
  for (const c of cps) {
    if (labels.some((i) => Math.abs(c.index - i) <= 3)) continue;
    if (movedAndStayed(xs, c.index)) s.smallerMoves++;
    else {
      s.unexplained++;
      if (movedAndStayed(xs, c.index, 0.01)) s.unexplainedSmall++;
    }
  }
  // A step put into the middle of the longest stretch without a labelled change (±15 runs clear).
  const clear = (p: number) => labels.every((i) => Math.abs(i - p) > 15) && cps.every((c) => Math.abs(c.index - p) > 15);
  let p = Math.floor(xs.length / 2);
  for (let d = 0; d < xs.length / 4 && !clear(p); d++) p = Math.floor(xs.length / 2) + (d % 2 ? d : -d);
  if (!clear(p) || p < 30 || p + 30 > xs.length) return;
  for (const step of STEPS) {
    const ys = xs.map((v, k) => (k >= p ? v * step : v));
    s.injected[step]!.tried++;
    if (found(changePoints(ys, options), p, true)) s.injected[step]!.found++;
  }
}

interface Series {
  suite: string;
  xs: number[];
  at: number[];
  kind: Kind;
}

function load(): { series: Series[]; files: number; suites: number } {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.js') || f.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new Error(`no data.js files in ${dir} (see bench/real-corpus.sh)`);
  const series: Series[] = [];
  for (const file of files) {
    const { runs } = importBenchmarkActionHistory(readFileSync(join(dir, file), 'utf8'), file);
    const bySuite = new Map<string, RunRecord[]>();
    for (const r of runs) bySuite.set(r.suite, [...(bySuite.get(r.suite) ?? []), r]);
    for (const [suite, list] of bySuite)
      for (const raw of timeSeries(list).values()) {
        // The branch's points in order; a run that did not measure the benchmark is left out.
        const at = raw.flatMap((v, i) => (Number.isFinite(v) && v > 0 ? [i] : []));
        const xs = at.map((i) => raw[i]!);
        if (xs.length >= MIN_POINTS) series.push({ suite: `${file}/${suite}`, xs, at, kind: kindOf(xs) });
      }
  }
  return { series, files: files.length, suites: new Set(series.map((s) => s.suite)).size };
}

function scoreAll(series: Series[], options: ChangeOptions): { byKind: Map<Kind, Score>; all: Score } {
  const byKind = new Map<Kind, Score>(KINDS.map((k) => [k, score()]));
  for (const s of series) scoreSeries(s.xs, s.at, s.suite, byKind.get(s.kind)!, options);
  const all = score();
  for (const s of byKind.values())
    for (const k of Object.keys(all) as (keyof Score)[]) {
      if (k === 'injected')
        for (const step of STEPS) {
          all.injected[step]!.tried += s.injected[step]!.tried;
          all.injected[step]!.found += s.injected[step]!.found;
        }
      else if (k === 'events') for (const [e, hit] of s.events) all.events.set(e, (all.events.get(e) ?? false) || hit);
      else if (k === 'held') for (const e of s.held) all.held.add(e);
      else (all[k] as number) += s[k] as number;
    }
  return { byKind, all };
}

const per1000 = (k: number, n: number) => (n === 0 ? '–' : ((1000 * k) / n).toFixed(1));
const of = (a: number, b: number) => (b === 0 ? '–' : `${a}/${b} (${Math.round((100 * a) / b)} %)`);
const cells = (s: Score) =>
  `${of([...s.events.values()].filter(Boolean).length, s.events.size)} | ${of([...s.held].filter((e) => s.events.get(e)).length, s.held.size)} | ${of(s.regressionsFound, s.regressions)} | ${of(s.improvementsFound, s.improvements)} | ${s.changePoints} | ${s.smallerMoves} | ${per1000(s.unexplained, s.points)} | ${per1000(s.unexplainedSmall, s.points)} | ${STEPS.map((k) => of(s.injected[k]!.found, s.injected[k]!.tried)).join(' | ')}`;
const HEAD =
  'real regressions found (−1…+3): pushes | … of them held 20 runs | series | real improvements found | change points | … at a smaller real move | false per 1,000 pushes | … of them where the level stayed 1–5 % off | injected +5 % found | +10 % | +20 % |';

function main(): number {
  const { series, files, suites } = load();
  // DRIFT_TRY="50/20:0.001;50/30/20:0.0005": score only these settings (window/finer…:p-value), for exploring.
  const tryOnly = process.env.DRIFT_TRY;
  if (tryOnly) {
    for (const setting of tryOnly.split(';')) {
      const [ws, p] = setting.split(':');
      const [window, ...finer] = ws!.split('/').map(Number);
      console.log(`| ${setting} | ${cells(scoreAll(series, { window, finer, pValue: Number(p) }).all)} |`);
    }
    return 0;
  }
  const { byKind, all } = scoreAll(series, {});
  console.log(
    `\n## D1. Drift on real series: ${all.series} benchmarks of ${suites} suites (${files} data.js files), ${all.points} pushes, ≥ ${MIN_POINTS} points each; changePoints as shipped (window 50, then 20 where 50 finds nothing; p ≤ 0.0005)\n`,
  );
  console.log(`| series kind | series | pushes | ${HEAD}`);
  console.log(`|${'---|'.repeat(14)}`);
  for (const [kind, s] of [...byKind, ['all' as Kind, all] as const])
    console.log(`| ${kind} | ${s.series} | ${s.points} | ${cells(s)} |`);
  console.log(`\n## D2. Other settings of the search on the same series (all kinds)\n`);
  console.log(`| window each side (then finer), p-value | ${HEAD}`);
  console.log(`|${'---|'.repeat(12)}`);
  console.log(`| 50 then 20, 0.0005 (shipped) | ${cells(all)} |`);
  for (const [window, finer, pValue] of GRID)
    console.log(
      `| ${[window, ...finer].join(' then ')}, ${pValue}${window === 50 && !finer.length && pValue === 0.001 ? ' (shipped before)' : ''} | ${cells(scoreAll(series, { window, finer, pValue }).all)} |`,
    );
  if (process.env.DRIFT_MISSED)
    for (const [key, hit] of scoreAll(series, {}).all.events) if (!hit) console.error(`event missed: ${key}`);
  return files;
}

const figures = recordFigures('drift', 'real series of the data.js corpus');
// The figures file is written only from a corpus of the size the README speaks of (13 files).
figures.finish(main() >= 13);
