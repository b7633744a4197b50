/**
 * The last step of the sequential decision (`confirm-ab`): rows that the job's own runs of the head
 * could not decide — against a short or noisy history, re-running the head alone cannot tell the
 * runner from the code — are measured in paired base/head rounds on this runner: the base commit in a
 * temporary worktree, the head where the job measured it, the undecided benchmarks only (named in
 * CAUSAL_PERF_BENCHMARKS), alternating ABBA so the machine's state cancels out (ab.ts). Those rows
 * then carry the paired verdict; every other row keeps its judgement against the history.
 * The policy lives here; the paired decision stays pure in src/analysis/paired.ts.
 */
import { join } from 'node:path';
import { fmtPct, onMachineReading, rowKey, sortRows, type Decision, type ResultRow } from '../analysis/decide.js';
import type { PairedRound } from '../analysis/types.js';
import type { Rules } from '../config.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../io/log.js';
import { capReached, measureAb, type AbOutcome, type AbPlan } from './ab.js';
import { withWorktrees } from './refs.js';
import { BENCHMARKS_ENV } from './remeasure.js';

/** Where and what to measure in the paired rounds; the command, setup, result files and caps are mode ab's. */
export interface PairPlan extends Pick<
  AbPlan,
  'command' | 'flag' | 'setup' | 'results' | 'minRounds' | 'maxRounds' | 'maxMinutes'
> {
  /** The repository's top folder; the head side is its working tree, as the job measured it. */
  repo: string;
  /** Where in the repository the suite runs ('' at the top), in the base worktree alike. */
  subdir?: string;
  baseSha: string;
  headSha: string;
  /** Where the base worktree is made (the runner's temp folder in the action). */
  tempDir?: string;
}

/** Measures the named benchmarks in paired rounds; the pipeline's is worktreeRounds(). */
export type MeasurePaired = (names: string[], follow: AbPlan['follow']) => Promise<AbOutcome>;

/** The base commit in a temporary worktree, the head in the repository itself, measured by measureAb. */
export function worktreeRounds(plan: PairPlan, rules: Rules, log: Logger, output: (text: string) => void): MeasurePaired {
  return (names, follow) =>
    withWorktrees(
      plan.repo,
      [plan.baseSha],
      ([baseDir]) =>
        measureAb(
          {
            base: { label: 'base', sha: plan.baseSha, cwd: join(baseDir as string, plan.subdir ?? '') },
            head: { label: 'head', sha: plan.headSha, cwd: join(plan.repo, plan.subdir ?? '') },
            command: plan.command,
            flag: plan.flag,
            ...(plan.setup ? { setup: plan.setup } : {}),
            results: plan.results,
            minRounds: plan.minRounds,
            maxRounds: plan.maxRounds,
            maxMinutes: plan.maxMinutes,
            rules,
            follow,
            env: { ...process.env, [BENCHMARKS_ENV]: names.join('\n') },
          },
          log,
          output,
        ),
      plan.tempDir,
    );
}

/**
 * Measures the undecided rows of `decision` in paired rounds against the base commit and returns the
 * decision with those rows judged on the rounds. A paired measurement that cannot run (the suite fails
 * in the base tree, a setup fails) leaves the rows as they were, with a warning that says why.
 */
export async function escalate(
  decision: Decision,
  /** The base commit and how to measure against it, resolved only when a row needs them (it may fetch). */
  pairing: () => Promise<{ baseSha: string; measure: MeasurePaired }>,
  log: Logger,
): Promise<Decision> {
  // Undecided rows, and rows within their limit that the job's own runs could not clear of it.
  const open = pairableRows(decision);
  if (open.length === 0) return decision;
  const keys = new Set(open.map(rowKey));
  const names = [...new Set(open.map((r) => r.benchmark))];
  let outcome: AbOutcome;
  let baseSha = '';
  try {
    const pair = await pairing();
    baseSha = pair.baseSha;
    log.info(
      `Paired rounds against the base commit ${baseSha.slice(0, 10)} for ${open.length} row${open.length === 1 ? '' : 's'} the job's own runs could not decide (${names.length} benchmark${names.length === 1 ? '' : 's'}).`,
    );
    outcome = await pair.measure(names, (row) => keys.has(rowKey(row)));
  } catch (error) {
    const why = `Paired rounds against the base commit${baseSha ? ` ${baseSha.slice(0, 7)}` : ''} could not run (${errorMessage(error)}); the undecided rows stay as the job's own runs left them. A suite that needs its tree prepared (npm ci, pip install -e .) gets it from ab-setup (CLI --setup); confirm-ab: false turns pairing off.`;
    log.warn(why);
    return { ...decision, warnings: [...decision.warnings, why] };
  }
  const paired = new Map(outcome.decision.results.map((r) => [rowKey(r), r]));
  const rounds = outcome.rounds.length;
  const stoppedBy = outcome.stoppedBy === 'decided' ? 'decided' : capReached(outcome.stoppedBy);
  const results = decision.results.map((row) => {
    const p = keys.has(rowKey(row)) ? paired.get(rowKey(row)) : undefined;
    if (!p || p.status === 'new' || p.status === 'missing') return row;
    // A confirmed failure sent to the rounds to be cleared (its change rests on the runner correction),
    // which they did not settle either way: the rounds add nothing, so the failure stands. (A failure
    // not yet confirmed was undecided all along: it takes the rounds' verdict, inconclusive included.)
    if (row.fails && row.settled !== false && p.settled === false)
      return {
        ...row,
        reason: `${row.reason} Paired rounds against the base commit ${baseSha.slice(0, 7)} could not decide it (${stoppedBy}).`,
      };
    return pairedRow(row, p, baseSha, stoppedBy);
  });
  const undecided = results.filter((r) => keys.has(rowKey(r)) && r.enforced && r.settled === false).length;
  const summary: PairedRound = {
    base: baseSha,
    rounds,
    seconds: Math.round(outcome.seconds),
    stopped: outcome.stoppedBy,
    benchmarks: names,
    undecided,
  };
  const note = `Paired base/head rounds: ${rounds} round${rounds === 1 ? '' : 's'} of the base commit ${baseSha.slice(0, 7)} and the head on this runner (${summary.seconds} s) for ${names.length} benchmark${names.length === 1 ? '' : 's'} the job's own runs could not decide; ${stoppedBy === 'decided' ? 'every one of those rows is decided' : `stopped because ${stoppedBy}`}. Those rows compare base and head of the same round, so the runner's state cancels out.`;
  return {
    ...decision,
    results: sortRows(results),
    verdict: results.some((r) => r.fails) ? 'fail' : 'pass',
    notes: [note, ...decision.notes],
    paired: summary,
  };
}

/**
 * The rows paired rounds are for: undecided enforced rows, rows not clearly within their limit
 * (`pairable`), and rows measured past their limit that only the reading of a machine slower than the
 * limit brought within it (onMachineReading: a slower machine, or code every benchmark runs).
 */
export function pairableRows(decision: Decision): ResultRow[] {
  return decision.results.filter(
    (r) => r.enforced && (r.settled === false || r.pairable === true || onMachineReading(r, decision.runner)),
  );
}

/** The row judged on the paired rounds, saying what the history-based judgement had been. */
function pairedRow(row: ResultRow, p: ResultRow, baseSha: string, stoppedBy: string): ResultRow {
  const before =
    row.measured_ratio === null
      ? row.status
      : `${row.status}, ${fmtPct(row.measured_ratio ** (row.direction === 'smaller' ? 1 : -1))}`;
  const out: ResultRow = {
    ...p,
    history: row.history,
    reason: `${p.reason} (Against the base commit ${baseSha.slice(0, 7)} in paired rounds; against the history alone: ${before}.)`,
  };
  if (out.settled === false && out.status === 'inconclusive') {
    out.reason += ` Still undecided: ${stoppedBy}.`;
  }
  return out;
}
