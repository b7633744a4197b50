/**
 * Same-job A/B measurement: base and head alternate in balanced rounds (ABBA…) on one machine, and
 * the paired decision is taken after every round from `minRounds` on, stopping as soon as every row is
 * decided, or at `maxRounds` / `maxMinutes`.
 */
import { rowKey } from '../analysis/decide.js';
import { decidePaired, type PairedDecision, type Round } from '../analysis/paired.js';
import type { Rules } from '../config.js';
import type { Logger } from '../io/log.js';
import type { Benchmark, Metric, ResultSet } from '../model.js';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { parseFreshResults, runSuite, snapshotResults, SuiteTimeout, type ResultFiles } from './measure.js';

export interface AbSide {
  /** What the log calls it: "base" and "head", or the refs. */
  label: string;
  sha: string;
  cwd: string;
}

export interface AbPlan {
  base: AbSide;
  head: AbSide;
  command: string;
  /** The flag or input that named the command, for messages. */
  flag: string;
  /** Run once in each side's directory before measuring (`pip install -e .`, `npm ci`). */
  setup?: string;
  /** The result files, relative to each side's directory. */
  results: Omit<ResultFiles, 'cwd' | 'missing'>;
  minRounds: number;
  maxRounds: number;
  maxMinutes: number;
  rules: Rules;
  /** Limits that replace the rules' for some rows (rowKey → ratio), as decidePaired takes them. */
  limits?: ReadonlyMap<string, number>;
  /** The rows whose decision ends the rounds (default: every row); others are reported as they stand. */
  follow?: (row: { benchmark: string; metric: string; enforced: boolean }) => boolean;
  /** Extra environment for the suite (e.g. CAUSAL_PERF_SIDE). */
  env?: NodeJS.ProcessEnv;
}

export interface AbOutcome {
  rounds: Round[];
  head: ResultSet;
  decision: PairedDecision;
  /** Per row (benchmark + metric), the round after which it was first decided. */
  decidedAfter: Map<string, number>;
  seconds: number;
  stoppedBy: 'decided' | 'max-rounds' | 'max-minutes';
}

/** Several runs of one commit as one: samples pooled, single figures averaged. */
export function poolRuns(runs: ResultSet[]): ResultSet {
  const byName = new Map<string, { b: Benchmark; metrics: Map<string, Metric[]> }>();
  for (const r of runs)
    for (const b of r.benchmarks) {
      const entry = byName.get(b.name) ?? { b, metrics: new Map<string, Metric[]>() };
      for (const [k, m] of Object.entries(b.metrics)) entry.metrics.set(k, [...(entry.metrics.get(k) ?? []), m]);
      byName.set(b.name, entry);
    }
  return {
    benchmarks: [...byName.values()].map(({ b, metrics }) => ({
      ...b,
      metrics: Object.fromEntries(
        [...metrics].map(([k, ms]) => {
          const samples = ms.every((m) => m.samples) ? ms.flatMap((m) => m.samples ?? []) : undefined;
          const first = ms[0] as Metric;
          const value = ms.reduce((s, m) => s + m.value, 0) / ms.length;
          return [k, { value, unit: first.unit, direction: first.direction, ...(samples ? { samples } : {}) }];
        }),
      ),
    })),
  };
}

/**
 * The environment one side's suite runs in: Python imports that side's own tree first (its `src/`
 * and its top folder, ahead of any PYTHONPATH given). A package installed editable from the checkout
 * (`pip install -e .`, as the workflow or ab-setup does, the last install winning) would otherwise be
 * imported from the head's tree on both sides, and the rounds would compare the head with itself.
 */
export function sideEnv(cwd: string, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const own = [join(cwd, 'src'), cwd].filter((d) => existsSync(d));
  const rest = env.PYTHONPATH ? [env.PYTHONPATH] : [];
  return { ...env, PYTHONPATH: [...own, ...rest].join(delimiter) };
}

export async function measureAb(plan: AbPlan, log: Logger, output: (text: string) => void): Promise<AbOutcome> {
  const start = Date.now();
  const sides = [plan.base, plan.head];
  if (plan.setup)
    for (const side of sides)
      await runSuite(
        { command: plan.setup, cwd: side.cwd, flag: 'ab-setup', env: sideEnv(side.cwd, plan.env) },
        grouped(log, `setup in the ${side.label} tree`),
        output,
      );
  const rounds: Round[] = [];
  const decidedAfter = new Map<string, number>();
  let decision: PairedDecision | undefined;
  let stoppedBy: AbOutcome['stoppedBy'] = 'max-rounds';
  measuring: for (let r = 0; r < plan.maxRounds; r++) {
    const elapsed = (Date.now() - start) / 60_000;
    const perRound = r > 0 ? elapsed / r : 0;
    if (r >= plan.minRounds && elapsed + perRound > plan.maxMinutes) {
      stoppedBy = 'max-minutes';
      break;
    }
    const round: Partial<Round> = {};
    // Balanced order (ABBA BAAB…): a machine that drifts within a round favours neither side.
    const order = [0, 1, 1, 0, 1, 0, 0, 1][(r * 2) % 8] === 0 ? [0, 1] : [1, 0];
    for (const i of order) {
      const side = sides[i] as AbSide;
      output(`== ${side.label} (${side.sha.slice(0, 10)}), round ${r + 1}\n`);
      const files = {
        ...plan.results,
        cwd: side.cwd,
        missing: (p: string) => `${plan.flag}: the suite wrote no file matching "${p}" (in ${side.cwd})`,
      };
      const before = await snapshotResults(files);
      // The time cap holds while a suite runs, too: what is left of it is that run's limit.
      const left = plan.maxMinutes * 60_000 - (Date.now() - start);
      try {
        await runSuite(
          { command: plan.command, cwd: side.cwd, flag: plan.flag, env: sideEnv(side.cwd, plan.env), timeoutMs: left },
          log,
          output,
        );
      } catch (error) {
        if (!(error instanceof SuiteTimeout) || rounds.length === 0) throw error;
        stoppedBy = 'max-minutes';
        break measuring;
      }
      // A round counts only if it produced fresh results (not the previous round's file).
      const set = await parseFreshResults(files, before, plan.flag);
      if (i === 0) round.base = set;
      else round.head = set;
    }
    rounds.push(round as Round);
    if (rounds.length < plan.minRounds) continue;
    decision = decidePaired(rounds, plan.rules, poolRuns(rounds.map((x) => x.head)), plan.limits);
    for (const row of decision.results)
      if (row.settled && !decidedAfter.has(rowKey(row))) decidedAfter.set(rowKey(row), rounds.length);
    const open = decision.results.filter((x) => !x.settled && (plan.follow?.(x) ?? true)).length;
    log.info(
      `A/B round ${rounds.length}: ${open === 0 ? 'every row decided' : `${open} row${open === 1 ? '' : 's'} not yet decided`}.`,
    );
    if (open === 0) {
      stoppedBy = 'decided';
      break;
    }
  }
  const head = poolRuns(rounds.map((x) => x.head));
  decision ??= decidePaired(rounds, plan.rules, head, plan.limits);
  return { rounds, head, decision, decidedAfter, seconds: (Date.now() - start) / 1000, stoppedBy };
}

function grouped(log: Logger, title: string): Logger {
  return { ...log, group: log.group ? (_t, fn) => log.group!(`ab-setup: ${title}`, fn) : undefined };
}

/** Which cap ended the rounds, as the reports say it. */
export function capReached(stoppedBy: Exclude<AbOutcome['stoppedBy'], 'decided'>): string {
  return stoppedBy === 'max-minutes'
    ? 'the time limit (ab-max-minutes) was reached'
    : 'the round limit (ab-max-rounds) was reached';
}

/** The decision as the reports show it: how the rounds went, and after how many rounds each row was decided. */
export function abDecision(outcome: AbOutcome, plan: Pick<AbPlan, 'base' | 'head'>): PairedDecision {
  const d = outcome.decision;
  const n = outcome.rounds.length;
  const why = outcome.stoppedBy === 'decided' ? 'every row was decided' : capReached(outcome.stoppedBy);
  const results = d.results.map((r) => {
    const after = outcome.decidedAfter.get(rowKey(r));
    return after !== undefined && after < n ? { ...r, reason: `${r.reason} Decided after ${after} of ${n} rounds.` } : r;
  });
  return {
    ...d,
    results,
    notes: [
      `A/B on one runner: ${n} round${n === 1 ? '' : 's'}, base ${plan.base.sha.slice(0, 7)} vs head ${plan.head.sha.slice(0, 7)}, ${Math.round(outcome.seconds)} s; stopped because ${why}. Each row compares base and head of the same round, so the runner's speed cancels out.`,
      ...d.notes,
    ],
  };
}
