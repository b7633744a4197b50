/**
 * Real runner histories, replayed push by push: every push of every suite in a corpus of
 * github-action-benchmark `data.js` files (what public projects' own CI recorded on GitHub-hosted
 * runners) is judged against its 20 prior runs by the engine, by github-action-benchmark's default
 * rule (head ÷ previous run > 2, "200 %") and by the naive 10 % rule (head ÷ previous run > 1.10).
 *
 *   npm run bench:replay -- DIR        (DIR: the data.js files; default $CAUSAL_PERF_CORPUS or ../corpus)
 *
 * The corpus is public projects' data, so it is not in this repository: bench/real-corpus.sh extracts
 * it from snapshots of those projects' gh-pages branches. What is measured, for the rows the engine
 * enforces (time):
 *  - failing pushes: a push fails when any enforced row fails;
 *  - same-commit pushes: a push that measured the same commit as the run before (no code changed):
 *    every failure there is a false alarm;
 *  - lasting shifts: a benchmark whose median over this push and the next four is > 10 % above the
 *    median of the ten before, still so over the five after those, with this push's own figure past
 *    +10 % and at least four of the five at or above the highest of the ten before (defined on the
 *    data alone, not on any rule): caught when the rule fails that row at this push or the next;
 *  - persistence: a failing push persists when one of its failing rows is still > 10 % worse than its
 *    baseline level in the median of the next three runs (a one-run spike does not).
 */
import { pairableRows } from '../src/pipeline/escalate.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decide, recordedStepsOf, type RecordedSteps } from '../src/analysis/decide.js';
import { judgeScaling } from '../src/analysis/scaling.js';
import { runStatistic } from '../src/analysis/series.js';
import { median, robustScale } from '../src/analysis/stats.js';
import { DEFAULT_RULES, type Rules } from '../src/config.js';
import { importBenchmarkActionHistory } from '../src/history/import.js';
import type { RunRecord } from '../src/history/types.js';
import type { ResultSet } from '../src/model.js';

const WINDOW = 20;
const HISTORY = Number(process.env.HISTORY ?? WINDOW);
/**
 * Runs before each push's window given to the engine as spike memory (memory.ts): a recording push
 * reads 60 runs in all, so 39 before its 21. MEMORY=0 leaves it out.
 */
const MEMORY = Number(process.env.MEMORY ?? 39);
const LIMIT = 1.1;
/** REPLAY_DETAIL=1 prints the engine's failing rows of pushes that do not persist to stderr; =all, of every failing push. */
const DETAIL = process.env.REPLAY_DETAIL;
/** REPLAY_MISSED=1 prints each lasting shift the engine did not fail, with its rows at the push and the next two, to stderr. */
const MISSED = process.env.REPLAY_MISSED;
/** REPLAY_TRACE="<suite>#<push>" prints every enforced time row of that push to stderr. */
const TRACE = process.env.REPLAY_TRACE;
const dir = process.argv[2] ?? process.env.CAUSAL_PERF_CORPUS ?? '../corpus';
const rules: Rules = { ...DEFAULT_RULES, history: HISTORY };

type RuleName = 'engine' | '200 %' | '10 %';
type RowId = { benchmark: string; metric: string };
const RULES: RuleName[] = ['engine', '200 %', '10 %'];

interface Tally {
  pushes: number;
  failing: Record<RuleName, number>;
  persisting: Record<RuleName, number>;
  same: number;
  sameFailing: Record<RuleName, number>;
  /**
   * Failing pushes each of whose failing rows a later run of the same commit (no other commit between)
   * measured back within the limit of the level it was judged against: no code changed, so the failure
   * was noise for certain.
   */
  contradicted: Record<RuleName, number>;
  shifts: number;
  caught: Record<RuleName, number>;
  /** Shifts a rule failed at that push or one of the next three (a step left undecided is never failed later). */
  caughtLate: Record<RuleName, number>;
  /** Shifts by how far they lie beyond the ten runs before, in those runs' own noise (CLARITY). */
  shiftsFaint: number;
  caughtFaint: Record<RuleName, number>;
  shiftsMid: number;
  caughtMid: Record<RuleName, number>;
  shiftsClear: number;
  caughtClear: Record<RuleName, number>;
  /**
   * Shifts at a push where half the suite's benchmarks or more measured past +10 % against their own
   * ten runs before (a move one run of result files cannot tell from a slower runner image), and the rest.
   */
  shiftsSuite: number;
  caughtSuite: Record<RuleName, number>;
  shiftsAlone: number;
  caughtAlone: Record<RuleName, number>;
  /** Shifts whose five runs' median is at least 1.5× the ten runs before. */
  shiftsLarge: number;
  caughtLarge: Record<RuleName, number>;
  inconclusive: number;
  /** Pushes with a row a job that runs the suite would measure in paired rounds against the base (confirm-ab). */
  pairable: number;
  failingRows: number;
  fasterFailingRows: number;
  /** Failing pushes whose failure confirms a step the run before brought (decide()'s `continues`). */
  confirming: number;
  /** Same-commit pushes whose only failures confirm a step that same commit brought in the run before. */
  sameConfirming: number;
  /**
   * The same pushes judged as a pull request on the run before would be (one run, the spike memory its
   * read gives it, nothing to confirm): failing, persisting, and same-commit ones failing.
   */
  prFailing: number;
  prPersisting: number;
  prSameFailing: number;
  /** Lasting shifts the pull-request view failed at the push that brought them (the naive rules: at that push alone). */
  prCaught: number;
  /** Lasting shifts the pull-request view left undecided at that push (named as such in its report). */
  prUndecided: number;
  /** Pushes whose pull-request view left some enforced row undecided. */
  prPushesUndecided: number;
  caughtAtPush: Record<RuleName, number>;
  /** Pushes with a size family (scaling.ts), and pushes its exponent rule failed (alone: no row failed). */
  scalingPushes: number;
  scalingFailing: number;
  scalingOnly: number;
}

const zero = (): Record<RuleName, number> => ({ engine: 0, '200 %': 0, '10 %': 0 });
const tally = (): Tally => ({
  prFailing: 0,
  prPersisting: 0,
  prSameFailing: 0,
  prCaught: 0,
  prUndecided: 0,
  prPushesUndecided: 0,
  caughtAtPush: zero(),
  scalingPushes: 0,
  scalingFailing: 0,
  scalingOnly: 0,
  pushes: 0,
  failing: zero(),
  persisting: zero(),
  same: 0,
  sameFailing: zero(),
  contradicted: zero(),
  shifts: 0,
  caught: zero(),
  caughtLate: zero(),
  shiftsFaint: 0,
  caughtFaint: zero(),
  shiftsMid: 0,
  caughtMid: zero(),
  shiftsClear: 0,
  caughtClear: zero(),
  shiftsSuite: 0,
  caughtSuite: zero(),
  shiftsAlone: 0,
  caughtAlone: zero(),
  shiftsLarge: 0,
  caughtLarge: zero(),
  inconclusive: 0,
  pairable: 0,
  failingRows: 0,
  fasterFailingRows: 0,
  confirming: 0,
  sameConfirming: 0,
});

/** The enforced time figure of each benchmark per run (NaN where absent). */
export function timeSeries(runs: RunRecord[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  runs.forEach((run, i) => {
    for (const b of run.results.benchmarks) {
      const m = b.metrics.time;
      if (!m) continue;
      let xs = out.get(b.name);
      if (!xs) out.set(b.name, (xs = Array.from({ length: runs.length }, () => NaN)));
      xs[i] = runStatistic(m, rules.statistic);
    }
  });
  return out;
}

const finite = (xs: number[]) => xs.filter(Number.isFinite);
const med = (xs: number[]) => {
  const f = finite(xs);
  return f.length ? median(f) : NaN;
};

/** Pushes (indices) at which a benchmark's level rises > 10 % and stays (the definition above). */
export function lastingShifts(xs: number[]): number[] {
  const out: number[] = [];
  for (let i = WINDOW; i + 10 <= xs.length; i++) {
    if (out.length && i - out.at(-1)! < 10) continue;
    const pre = finite(xs.slice(i - 10, i));
    const post = finite(xs.slice(i, i + 5));
    const after = finite(xs.slice(i + 5, i + 10));
    if (pre.length < 8 || post.length < 5 || after.length < 3 || !Number.isFinite(xs[i]!)) continue;
    const level = median(pre);
    const top = Math.max(...pre);
    if (
      median(post) / level > LIMIT &&
      median(after) / level > LIMIT &&
      xs[i]! / level > LIMIT &&
      post.filter((v) => v >= top).length >= 4
    )
      out.push(i);
  }
  return out;
}

/**
 * How far a lasting shift lies beyond the ten runs before it: the log of its five runs' median over
 * their level, in the ten runs' own run-to-run noise (a robust σ of their logs, at least 1 %). Below
 * CLARITY[0] one run cannot tell it from the series' ordinary scatter at any sound error rate; from
 * CLARITY[1] on it stands clear of it.
 */
const CLARITY = [3, 6] as const;
function clarity(xs: number[], i: number): number {
  const pre = finite(xs.slice(i - 10, i)).map(Math.log);
  const post = finite(xs.slice(i, i + 5)).map(Math.log);
  return (median(post) - median(pre)) / Math.max(robustScale(pre), 0.01);
}

/** Share of the suite's benchmarks measured at push i past +10 % against the median of their ten runs before. */
function suiteShare(series: Map<string, number[]>, i: number): number {
  let past = 0;
  let of = 0;
  for (const xs of series.values()) {
    const level = med(xs.slice(i - 10, i));
    if (!Number.isFinite(level) || !Number.isFinite(xs[i]!) || !(level > 0)) continue;
    of++;
    if (xs[i]! / level > LIMIT) past++;
  }
  return of ? past / of : 0;
}

/** A lasting shift's size: its five runs' median over the ten runs' before. */
function shiftSize(xs: number[], i: number): number {
  return med(xs.slice(i, i + 5)) / med(xs.slice(i - 10, i));
}

function peerFails(xs: number[], i: number, threshold: number): boolean {
  const prev = xs[i - 1]!;
  return Number.isFinite(prev) && Number.isFinite(xs[i]!) && prev > 0 && xs[i]! / prev > threshold;
}

/** The rows each rule fails at push i: benchmark → the level it was judged against. */
/** Where a failing row confirms the step of the run before (the reason names it). */
const CONFIRMS = 'this push confirms it';
/** Where a failing row of a run of the same commit fails again what that commit's previous run failed (sameCommit). */
const AGAIN = 'the same code is as slow';

function failingRows(
  head: ResultSet,
  window: ResultSet[],
  judged: RowId[][],
  recorded: (RecordedSteps | undefined)[],
  memory: ResultSet[],
  series: Map<string, number[]>,
  i: number,
  t: Tally,
  /** How many of the newest stored runs measured this push's commit (the pipeline's sameCommit). */
  sameRuns: number,
) {
  // As the pipeline does: a push continuing its branch, told which rows each stored run's own gate failed.
  // RECORDED=0: the newest run is judged again on every push instead of read from what its push left
  // undecided (what the pipeline does for runs no gate recorded); the figures must not change.
  const d = decide(head, window, rules, {
    continues: {},
    ...(sameRuns > 0 ? { sameCommit: sameRuns } : {}),
    judged,
    ...(process.env.RECORDED === '0' ? {} : { recorded }),
    ...(memory.length > 0 ? { memory } : {}),
  });
  // The same head as a pull request on the run before: its base's runs, and what their gates recorded.
  const asPr = decide(head, window, rules, {
    onBase: {},
    judged,
    ...(process.env.RECORDED === '0' ? {} : { recorded }),
    ...(memory.length > 0 ? { memory } : {}),
  });
  const pr = new Map<string, number>();
  const prUndecided = new Set<string>();
  for (const r of asPr.results)
    if (r.metric === 'time' && r.enforced) {
      if (r.fails && r.base !== null) pr.set(r.benchmark, r.base);
      else if (r.status === 'inconclusive') prUndecided.add(r.benchmark);
    }
  const out: Record<RuleName, Map<string, number>> = { engine: new Map(), '200 %': new Map(), '10 %': new Map() };
  let inc = false;
  for (const r of d.results) {
    if (r.metric !== 'time' || !r.enforced) continue;
    if (r.status === 'inconclusive') inc = true;
    if (r.fails && r.base !== null) {
      out.engine.set(r.benchmark, r.base);
      t.failingRows++;
      if (r.measured_ratio !== null && r.measured_ratio < 1) t.fasterFailingRows++;
    }
  }
  if (inc) t.inconclusive++;
  if (pairableRows(d).some((r) => r.metric === 'time')) t.pairable++;
  // The pipeline's size-family check on the same rows: a push it fails fails as a whole.
  const scaling = judgeScaling(d.results, rules).filter((s) => s.metric === 'time');
  if (scaling.length > 0) t.scalingPushes++;
  const steeper = scaling.filter((s) => s.fails);
  if (steeper.length > 0) {
    t.scalingFailing++;
    if (out.engine.size === 0) t.scalingOnly++;
    for (const s of steeper)
      for (const name of s.benchmarks) {
        const r = d.results.find((x) => x.benchmark === name && x.metric === 'time');
        if (r?.base != null && !out.engine.has(name)) out.engine.set(name, r.base);
      }
  }
  const engineFails = d.results.filter((r) => r.metric === 'time' && r.enforced && r.fails);
  const own = d.results.filter((r) => r.fails).map(({ benchmark, metric }) => ({ benchmark, metric }));
  if (engineFails.some((r) => r.reason.includes(CONFIRMS))) t.confirming++;
  // A re-run of the commit that brought a step, confirming it, is not a false alarm: that commit did change.
  const onlyConfirming =
    engineFails.length > 0 && engineFails.every((r) => r.reason.includes(CONFIRMS) || r.reason.includes(AGAIN));
  if (sameRuns > 0 && onlyConfirming) t.sameConfirming++;
  for (const [name, xs] of series) {
    const level = med(xs.slice(Math.max(0, i - WINDOW), i));
    if (peerFails(xs, i, 2)) out['200 %'].set(name, level);
    if (peerFails(xs, i, LIMIT)) out['10 %'].set(name, level);
  }
  const rows = new Map<string, string>();
  for (const r of d.results)
    if (r.metric === 'time' && r.enforced)
      rows.set(r.benchmark, `${r.status} measured ${r.measured_ratio?.toFixed(3)} judged ${r.ratio?.toFixed(3)}: ${r.reason}`);
  // What the pipeline's run record keeps of this decision: its inconclusive rows and its runner.
  const open = recordedStepsOf(d);
  return { out, own, open, failed: engineFails, rows, pr, prUndecided };
}

function replaySuite(runs: RunRecord[], t: Tally): void {
  const series = timeSeries(runs);
  const shiftAt = new Map<number, string[]>();
  for (const [name, xs] of series) for (const i of lastingShifts(xs)) shiftAt.set(i, [...(shiftAt.get(i) ?? []), name]);
  const fails: Record<RuleName, Map<string, number>>[] = [];
  // The rows the engine failed at each push (what the pipeline records as the run's `flagged`).
  const judged: RowId[][] = [];
  // What each push left undecided (what the pipeline's run record keeps).
  const recorded: (RecordedSteps | undefined)[] = [];
  const engineRows: Map<string, string>[] = [];
  const prFails: Map<string, number>[] = [];
  const prOpen: Set<string>[] = [];
  for (let i = 0; i < runs.length; i++) {
    if (i < WINDOW) {
      fails.push({ engine: new Map(), '200 %': new Map(), '10 %': new Map() });
      judged.push([]);
      recorded.push(undefined); // not judged here: unknown, as for a run no gate recorded
      continue;
    }
    // One run more than the window: the newest run's own baseline (decide() judges against the last HISTORY).
    const window = runs.slice(Math.max(0, i - HISTORY - 1), i).map((r) => r.results);
    const older = runs.slice(Math.max(0, i - HISTORY - 1 - MEMORY), Math.max(0, i - HISTORY - 1)).map((r) => r.results);
    let sameRuns = 0;
    while (sameRuns < window.length && runs[i - 1 - sameRuns]!.commit.sha === runs[i]!.commit.sha) sameRuns++;
    const same = sameRuns > 0;
    const before = t.sameConfirming;
    const {
      out: f,
      own,
      open,
      failed,
      rows,
      pr,
      prUndecided,
    } = failingRows(
      runs[i]!.results,
      window,
      judged.slice(-window.length),
      recorded.slice(-window.length),
      older,
      series,
      i,
      t,
      sameRuns,
    );
    judged.push(own);
    recorded.push(open);
    engineRows[i] = rows;
    if (TRACE === `${runs[i]!.suite}#${i}`) for (const [name, row] of rows) console.error(`TRACE ${TRACE} ${name}: ${row}`);
    const sameConfirmed = t.sameConfirming > before;
    fails.push(f);
    t.pushes++;
    if (same) t.same++;
    const persisting = (failing: Map<string, number>) =>
      [...failing].some(([name, level]) => {
        const next = med(series.get(name)!.slice(i + 1, i + 4));
        return Number.isFinite(next) && next / level > LIMIT;
      });
    const contradicted = (failing: Map<string, number>) =>
      [...failing].every(([name, level]) => {
        for (let k = i + 1; k < runs.length && runs[k]!.commit.sha === runs[i]!.commit.sha; k++) {
          const x = series.get(name)![k]!;
          if (Number.isFinite(x) && x / level <= LIMIT) return true;
        }
        return false;
      });
    prFails[i] = pr;
    prOpen[i] = prUndecided;
    if (prUndecided.size > 0) t.prPushesUndecided++;
    if (pr.size > 0) {
      t.prFailing++;
      if (persisting(pr)) t.prPersisting++;
      if (same) t.prSameFailing++;
    }
    for (const rule of RULES) {
      if (f[rule].size === 0) continue;
      t.failing[rule]++;
      if (same && !(rule === 'engine' && sameConfirmed)) t.sameFailing[rule]++;
      const persists = persisting(f[rule]);
      if (persists) t.persisting[rule]++;
      if (contradicted(f[rule])) t.contradicted[rule]++;
      if (rule === 'engine' && DETAIL && (!persists || DETAIL === 'all'))
        for (const r of failed)
          console.error(
            `${runs[i]!.suite} #${i}${same ? ' (same commit)' : ''}${persists ? '' : ' (does not persist)'}${contradicted(f[rule]) ? ' (a later run of this commit measured it back)' : ''} ${r.benchmark}: measured ${r.measured_ratio?.toFixed(3)}, judged ${r.ratio?.toFixed(3)}: ${r.reason}`,
          );
    }
  }
  for (const [i, names] of shiftAt)
    for (const name of names) {
      t.shifts++;
      const c = clarity(series.get(name)!, i);
      const kind = c < CLARITY[0] ? 'Faint' : c < CLARITY[1] ? 'Mid' : 'Clear';
      t[`shifts${kind}`]++;
      const together = suiteShare(series, i) >= 0.5 ? 'Suite' : 'Alone';
      t[`shifts${together}`]++;
      const large = shiftSize(series.get(name)!, i) >= 1.5;
      if (large) t.shiftsLarge++;
      if (prFails[i]?.has(name)) t.prCaught++;
      else if (prOpen[i]?.has(name)) t.prUndecided++;
      for (const rule of RULES) {
        if ([0, 1, 2, 3].some((k) => fails[i + k]?.[rule].has(name))) t.caughtLate[rule]++;
        if (fails[i]![rule].has(name)) t.caughtAtPush[rule]++;
        if (fails[i]![rule].has(name) || fails[i + 1]?.[rule].has(name)) {
          t.caught[rule]++;
          t[`caught${kind}`][rule]++;
          t[`caught${together}`][rule]++;
          if (large) t.caughtLarge[rule]++;
        }
      }
      if (MISSED && !fails[i]!.engine.has(name) && !fails[i + 1]?.engine.has(name)) {
        const xs = series.get(name)!;
        const level = med(xs.slice(i - 10, i));
        console.error(
          `MISSED ${kind} ${together} ${runs[i]!.suite} #${i} ${name}: ${[-2, -1, 0, 1, 2, 3, 4].map((k) => (xs[i + k]! / level).toFixed(2)).join(' ')}` +
            `\n   @i   ${engineRows[i]?.get(name)}\n   @i+1 ${engineRows[i + 1]?.get(name)}\n   @i+2 ${engineRows[i + 2]?.get(name)}`,
        );
      }
    }
}

const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)} %`);
const three = (r: Record<RuleName, number>, of: number) => RULES.map((k) => `${r[k]} (${pct(r[k], of)})`).join(' | ');

function main(): void {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.js') || f.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new Error(`no data.js files in ${dir} (see bench/real-corpus.sh)`);
  const total = tally();
  const lines: string[] = [];
  let skipped = 0;
  const tools = new Set<string>();
  for (const file of files) {
    const { runs, skipped: s } = importBenchmarkActionHistory(readFileSync(join(dir, file), 'utf8'), file);
    skipped += s;
    const bySuite = new Map<string, RunRecord[]>();
    for (const r of runs) bySuite.set(r.suite, [...(bySuite.get(r.suite) ?? []), r]);
    for (const [suite, list] of bySuite) {
      if (list.length <= WINDOW) continue;
      const t = tally();
      replaySuite(list, t);
      if (t.pushes === 0) continue;
      tools.add(String(list[0]!.results.run?.tool));
      for (const k of Object.keys(total) as (keyof Tally)[]) {
        const v = t[k];
        if (typeof v === 'number') (total[k] as number) += v;
        else for (const rule of RULES) (total[k] as Record<RuleName, number>)[rule] += v[rule];
      }
      lines.push(
        `| ${file.replace(/\.js(on)?$/, '')} / ${suite} | ${t.pushes} | ${RULES.map((k) => pct(t.failing[k], t.pushes)).join(' / ')} | ` +
          `${t.same}: ${RULES.map((k) => t.sameFailing[k]).join(' / ')} | ${t.shifts}: ${RULES.map((k) => t.caught[k]).join(' / ')} | ` +
          `${RULES.map((k) => pct(t.persisting[k], t.failing[k])).join(' / ')} | ${pct(t.inconclusive, t.pushes)} |`,
      );
    }
  }
  console.log(
    `# Real runner histories replayed: ${files.length} files, ${lines.length} suites, ${tools.size} tools, ${total.pushes} pushes judged against their ${WINDOW} prior runs${skipped ? ` (${skipped} null figures skipped)` : ''}\n`,
  );
  console.log('| | engine | 200 % rule | 10 % rule |');
  console.log('|---|---|---|---|');
  console.log(`| failing pushes (of ${total.pushes}) | ${three(total.failing, total.pushes)} |`);
  console.log(
    `| … whose change does not persist in the next three runs | ${RULES.map((k) => total.failing[k] - total.persisting[k]).join(' | ')} |`,
  );
  console.log(
    `| … whose failing rows a later run of the same commit measured back within the limit (no code changed: noise for certain) | ${RULES.map((k) => total.contradicted[k]).join(' | ')} |`,
  );
  console.log(`| same-commit pushes failing (of ${total.same}) | ${three(total.sameFailing, total.same)} |`);
  console.log(
    `| … that only confirm a step the same commit brought in the run before, or fail again what its run before failed (not false alarms) | ${total.sameConfirming} | – | – |`,
  );
  console.log(`| lasting shifts > +10 % failed within one push (of ${total.shifts}) | ${three(total.caught, total.shifts)} |`);
  console.log(
    `| … of those within ${CLARITY[0]} σ of the ten runs before (of ${total.shiftsFaint}) | ${three(total.caughtFaint, total.shiftsFaint)} |`,
  );
  console.log(
    `| … ${CLARITY[0]}–${CLARITY[1]} σ beyond them (of ${total.shiftsMid}) | ${three(total.caughtMid, total.shiftsMid)} |`,
  );
  console.log(
    `| … ${CLARITY[1]} σ or more beyond them (of ${total.shiftsClear}) | ${three(total.caughtClear, total.shiftsClear)} |`,
  );
  console.log(
    `| … that moved alone (fewer than half their suite's benchmarks past +10 % at that push) (of ${total.shiftsAlone}) | ${three(total.caughtAlone, total.shiftsAlone)} |`,
  );
  console.log(
    `| … that moved with half their suite or more (one run of result files cannot tell that from a slower runner image) (of ${total.shiftsSuite}) | ${three(total.caughtSuite, total.shiftsSuite)} |`,
  );
  console.log(`| … of 1.5× or more (of ${total.shiftsLarge}) | ${three(total.caughtLarge, total.shiftsLarge)} |`);
  console.log(
    `| lasting shifts failed at that push or one of the next three (of ${total.shifts}) | ${three(total.caughtLate, total.shifts)} |`,
  );
  console.log(
    `| failing pushes that persist | ${RULES.map((k) => `${total.persisting[k]} of ${total.failing[k]} (${pct(total.persisting[k], total.failing[k])})`).join(' | ')} |`,
  );
  console.log(
    `| the same pushes judged as pull requests on the run before (one run each; nothing to confirm): failing | ${total.prFailing} (${pct(total.prFailing, total.pushes)}) | ${three(total.failing, total.pushes).split(' | ').slice(1).join(' | ')} |`,
  );
  console.log(
    `| … lasting shifts failed by the pull request that brought them (of ${total.shifts}) | ${total.prCaught} (${pct(total.prCaught, total.shifts)}) | ${three(total.caughtAtPush, total.shifts).split(' | ').slice(1).join(' | ')} |`,
  );
  console.log(
    `| … not failed but left undecided by it (named in its report as undecided) | ${total.prUndecided} (${pct(total.prUndecided, total.shifts)}) | – | – |`,
  );
  console.log(
    `| … pull requests with some row undecided (of ${total.pushes}) | ${total.prPushesUndecided} (${pct(total.prPushesUndecided, total.pushes)}) | – | – |`,
  );
  console.log(
    `| … not persisting / same-commit failing (of ${total.same}) | ${total.prFailing - total.prPersisting} / ${total.prSameFailing} | ${total.failing['200 %'] - total.persisting['200 %']} / ${total.sameFailing['200 %']} | ${total.failing['10 %'] - total.persisting['10 %']} / ${total.sameFailing['10 %']} |`,
  );
  console.log(
    `\nEngine: pushes with an inconclusive enforced row ${pct(total.inconclusive, total.pushes)}; pushes a job that runs the suite would measure again or pair against the base (a row undecided, or not cleared of its limit) ${pct(total.pairable, total.pushes)}; failing rows measured faster than their baseline ${total.fasterFailingRows} of ${total.failingRows}; failing pushes that confirm the step of the run before ${total.confirming} of ${total.failing.engine}.\n`,
  );
  console.log(
    `Size families (scaling.ts): judged on ${total.scalingPushes} pushes; the exponent rule failed ${total.scalingFailing} of them (${total.scalingOnly} where no row failed), counted among the engine's failing pushes above.\n`,
  );
  console.log(
    '| suite | pushes | failing engine / 200 % / 10 % | same-commit: failing | shifts: caught | persisting | inconclusive |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const l of lines) console.log(l);
}

if (process.argv[1]?.endsWith('replay-real.mjs')) main();
