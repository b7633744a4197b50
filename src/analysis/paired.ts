/**
 * Same-job A/B: base and head measured in interleaved rounds on one runner. Each round gives one
 * figure per side; the rounds' paired log-differences share the runner's state, so no runner
 * correction and no history are needed. A row is decided when a one-sided t bound at the rules'
 * confidence clears the limit — clearly past it (regression) or clearly within it — and otherwise stays
 * open for another round; undecided rows at the end are inconclusive with the change the rounds could
 * have confirmed.
 */
import { pushAll } from '../arrays.js';
import { unmatchedPatterns, type Rules } from '../config.js';
import type { Benchmark, ResultSet } from '../model.js';
import {
  absoluteCheck,
  baseRow,
  DISTURBED_FLOOR,
  DISTURBED_SPREAD,
  disturbanceSpread,
  fmtPct,
  missingRows,
  rowKey,
  sortRows,
} from './decide.js';
import { gatherSeries } from './series.js';
import { median, tConfidence, tQuantile } from './stats.js';
import type { Decision, ResultRow } from './types.js';

export interface Round {
  base: ResultSet;
  head: ResultSet;
}

export interface PairedRow extends ResultRow {
  /** Whether more rounds cannot change this row's status (decided either way). */
  settled: boolean;
}

export interface PairedDecision extends Decision {
  results: PairedRow[];
  /** Every row is settled: no further round is needed. */
  settled: boolean;
}

const EPS = 1e-9;

/**
 * The paired decision over the rounds so far (oldest first). The head figures are the rounds' median.
 * `limits` replaces the rule's limit of some rows (benchmark + metric, rowKey): a bisection asks
 * whether a commit is nearer the good or the bad side, not only whether it is within the rule.
 */
export function decidePaired(
  rounds: readonly Round[],
  rules: Rules,
  pooledHead: ResultSet,
  limits?: ReadonlyMap<string, number>,
): PairedDecision {
  const n = rounds.length;
  const baseSeries = gatherSeries(
    pooledHead,
    rounds.map((r) => r.base),
    rules,
  );
  const headSeries = gatherSeries(
    pooledHead,
    rounds.map((r) => r.head),
    rules,
  );
  const rows: PairedRow[] = [];
  // Each round's two sides by benchmark name, for the disturbed-round check (one lookup per row and round).
  const sides = rounds.map((r) => [r.base, r.head].map((set) => new Map(set.benchmarks.map((b) => [b.name, b]))));
  for (const [key, list] of baseSeries) {
    const heads = new Map((headSeries.get(key) ?? []).map((s) => [s.benchmark.name, s]));
    for (const s of list) {
      const row: PairedRow = { ...baseRow(s, key), settled: true };
      const limit = limits?.get(rowKey(row));
      if (limit !== undefined) row.limit = limit;
      const headRaw = heads.get(s.benchmark.name)?.raw ?? [];
      const pairs: number[] = [];
      const disturbed = disturbedRounds(sides, s.benchmark.name, key);
      const keep = disturbed.filter((d) => !d).length >= 2 ? disturbed : disturbed.map(() => false);
      for (let i = 0; i < n; i++) {
        const b = s.raw[i] as number;
        const h = headRaw[i] as number;
        if (b > 0 && h > 0 && !keep[i]) pairs.push(Math.log(h / b));
      }
      const left = keep.filter(Boolean).length;
      const headFigures = headRaw.filter(Number.isFinite);
      row.head = headFigures.length > 0 ? median(headFigures) : s.headRaw;
      row.measured_ratio = row.base !== null && row.base !== 0 && row.head !== null ? row.head / row.base : null;
      if (row.history === 0) {
        row.status = 'new';
        row.reason = 'The base commit does not have this metric.';
      } else if (pairs.length === 0) {
        row.reason = 'No ratio exists for zero or negative values; compared by the absolute rules only.';
      } else {
        const t = pairs.length >= 2 ? tQuantile(rules.confidence, pairs.length - 1) : Infinity;
        judgePaired(row, pairs, s.direction === 'smaller' ? 1 : -1, t, s.rule.improvement_limit);
        if (left > 0)
          row.reason += ` ${left} round${left === 1 ? '' : 's'} left out: a neighbour's load spread ${left === 1 ? 'its' : 'their'} samples ${DISTURBED_SPREAD}× as widely as this benchmark's rounds usually do.`;
      }
      const floor = row.head === null ? undefined : absoluteCheck(row.head, s.rule);
      if (floor) {
        row.status = floor.status;
        row.fails = row.enforced;
        row.reason = floor.reason;
        row.settled = true;
        delete row.resolve;
      }
      rows.push(row);
    }
  }
  const missing = missingRows(
    pooledHead,
    rounds.slice(-1).map((r) => r.base),
    rules,
  ).map((r) => ({ ...r, settled: true }));
  pushAll(rows, missing);
  return {
    verdict: rows.some((r) => r.fails) ? 'fail' : 'pass',
    results: sortRows(rows) as PairedRow[],
    notes: [],
    warnings: unmatchedPatterns(rules, pooledHead.benchmarks),
    baseline_runs: n,
    ab_rounds: n,
    settled: rows.every((r) => r.settled),
  };
}

/**
 * The rounds of one row that a neighbour's load disturbed: on either side, the samples spread
 * DISTURBED_SPREAD times as widely as the row's rounds typically do (the median calm spread over both
 * sides of every round) and at least DISTURBED_FLOOR. Such a round's figure says more about the load
 * than about the code (seen: a same-code A/B failed at +18 % after 13 rounds while other work ran on
 * the machine); they are left out of the paired test, as the history test leaves out disturbed runs.
 */
function disturbedRounds(sides: readonly Map<string, Benchmark>[][], name: string, key: string): boolean[] {
  const spreads = sides.map((round) => round.map((byName) => disturbanceSpread(byName.get(name)?.metrics[key])));
  const calm = spreads.flat().flatMap((x) => (x && x.calm > 0 ? [x.calm] : []));
  if (calm.length < 4) return sides.map(() => false);
  const usual = median(calm);
  const wide = Math.max(DISTURBED_SPREAD * usual, DISTURBED_FLOOR);
  return spreads.map((sides) => sides.some((x) => x !== undefined && x.full > wide));
}

function judgePaired(row: PairedRow, pairs: number[], sign: 1 | -1, t: number, improvementLimit: number | undefined): void {
  const k = pairs.length;
  const mean = pairs.reduce((a, b) => a + b, 0) / k;
  const sd = k >= 2 ? Math.sqrt(pairs.reduce((a, b) => a + (b - mean) ** 2, 0) / (k - 1)) : Infinity;
  const se = sd / Math.sqrt(k);
  // Bounds on the worsening (positive = worse), one-sided at the rules' confidence.
  const worse = sign * mean;
  const half = se === 0 ? 0 : t * se;
  const low = worse - half;
  const high = worse + half;
  row.ratio = Math.exp(mean);
  row.interval = sign === 1 ? [Math.exp(low), Math.exp(high)] : [Math.exp(-high), Math.exp(-low)];
  const limit = row.limit;
  const rounds = `${k} round${k === 1 ? '' : 's'}`;
  const change = `${fmtPct(Math.exp(worse))} ${row.metric === 'time' ? 'slower' : 'worse'}`;
  const bounds = Number.isFinite(half) ? ` (${fmtPct(Math.exp(low))} … ${fmtPct(Math.exp(high))})` : '';
  if (limit === undefined) {
    row.reason = `${change}${bounds} paired over ${rounds}; no relative rule for this metric.`;
    return;
  }
  const L = Math.log(limit);
  row.detectable = Number.isFinite(half) ? Math.exp(L + half) : undefined;
  if (row.detectable === undefined) delete row.detectable;
  if (low > L * (1 + EPS) || (half === 0 && worse > L * (1 + EPS))) {
    row.status = 'regression';
    row.fails = row.enforced;
    row.confidence = half === 0 ? 1 : tConfidence((worse - L) / se, k - 1);
    row.reason = `${change}${bounds} than the base commit, paired over ${rounds} on one runner: past the ${fmtPct(limit)} limit.${row.enforced ? '' : ' Report-only: this metric’s rule does not fail the check.'}`;
    return;
  }
  if (high <= L * (1 + EPS)) {
    const improve = Math.log(improvementLimit ?? limit);
    row.status = high < -improve ? 'improvement' : 'unchanged';
    row.reason =
      mean === 0 && half === 0
        ? `Same as the base commit in all ${rounds}.`
        : `${fmtPct(Math.exp(worse))}${bounds}, paired over ${rounds}: ${row.status === 'improvement' ? 'an improvement' : `within the ${fmtPct(limit)} limit`}.`;
    return;
  }
  row.status = worse > L ? 'inconclusive' : 'unchanged';
  row.settled = false;
  if (row.status === 'inconclusive') {
    row.reason = `${change}${bounds}, paired over ${rounds}: past the ${fmtPct(limit)} limit but not clearly; the rounds could have confirmed ${fmtPct(row.detectable ?? Infinity)} or more.`;
    row.resolve = 'more rounds (ab-max-rounds / ab-max-minutes), or a quieter runner';
  } else {
    row.reason = `${change}${bounds}, paired over ${rounds}: not yet clearly within the ${fmtPct(limit)} limit.`;
  }
}
