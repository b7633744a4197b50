/**
 * Scaling: benchmarks that differ only by a size parameter form a family (pytest-benchmark's
 * `test_dag[10-15]` or `[n=100]`, Go's and Google Benchmark's `BM_sort/1024`, a name that ends in
 * `_10_15`), and the family's growth exponent — the slope of log time against log size — is compared
 * between the baseline and the head. A change from linear to quadratic is the regression a +10 % rule
 * at the tested sizes catches last: it bites at the sizes users run, not the ones the suite has.
 *
 * Pure: from the decided rows. The exponent's change is the weighted least-squares slope of each
 * member's log change (head ÷ baseline) against log size, each weighted by its own noise (read from
 * the row's 95 % interval), so what the noise model knows about each size carries over; a shift
 * shared by the whole job (a slower runner) moves every member alike and leaves the slope.
 */
import { ruleFor, type Rules } from '../config.js';
import { exponentOf, MIN_MEMBERS, sizeFamilies, type FamilyMember } from './sizes.js';
import { normalConfidence } from './stats.js';
import type { ResultRow, ScalingRow } from './types.js';

/**
 * The families of `names`: those the rules file names (`sizes`: family → benchmark → size), with the
 * members present, then those found from the names among the benchmarks the rules file does not name.
 */
export function familiesOf(names: readonly string[], named: Rules['sizes'] = {}): Map<string, FamilyMember[]> {
  const present = new Set(names);
  const out = new Map<string, FamilyMember[]>();
  const taken = new Set<string>();
  for (const [family, members] of Object.entries(named)) {
    for (const name of Object.keys(members)) taken.add(name);
    const list = Object.entries(members)
      .filter(([name]) => present.has(name))
      .map(([benchmark, size]) => ({ benchmark, size }))
      .sort((a, b) => a.size - b.size);
    if (list.length >= MIN_MEMBERS) out.set(family, list);
  }
  for (const [family, members] of sizeFamilies(names.filter((n) => !taken.has(n))))
    if (!out.has(family)) out.set(family, members);
  return out;
}

/** Weighted least-squares slope of y against x (weights 1/σ²) and its standard error. */
export function weightedSlope(x: readonly number[], y: readonly number[], sd: readonly number[]): { slope: number; se: number } {
  const w = sd.map((s) => 1 / Math.max(s, 1e-6) ** 2);
  const sw = w.reduce((a, b) => a + b, 0);
  const mx = w.reduce((a, wi, i) => a + wi * x[i]!, 0) / sw;
  const my = w.reduce((a, wi, i) => a + wi * y[i]!, 0) / sw;
  const sxx = w.reduce((a, wi, i) => a + wi * (x[i]! - mx) ** 2, 0);
  const sxy = w.reduce((a, wi, i) => a + wi * (x[i]! - mx) * (y[i]! - my), 0);
  return { slope: sxy / sxx, se: Math.sqrt(1 / sxx) };
}

const Z975 = 1.959963984540054;

/**
 * Each size family's exponent in the baseline and in the head, and whether it grew past the metric's
 * `max_exponent_increase` credibly (at the rules' confidence). Rows without a ratio (new, missing,
 * zero figures) leave their family out when fewer than MIN_MEMBERS remain.
 */
export function judgeScaling(rows: readonly ResultRow[], rules: Rules): ScalingRow[] {
  const out: ScalingRow[] = [];
  const metrics = new Set(rows.map((r) => r.metric));
  for (const metric of metrics) {
    const ofMetric = new Map(rows.filter((r) => r.metric === metric).map((r) => [r.benchmark, r]));
    for (const [family, members] of familiesOf([...ofMetric.keys()], rules.sizes)) {
      const usable = members
        .map((m) => ({ ...m, row: ofMetric.get(m.benchmark)! }))
        .filter(({ row }) => row.base !== null && row.head !== null && row.base > 0 && row.head > 0 && row.interval);
      if (usable.length < MIN_MEMBERS) continue;
      const first = usable[0]!.row;
      const rule = ruleFor(rules, metric, { name: first.benchmark, group: first.group });
      const limit = rule.max_exponent_increase === false ? undefined : rule.max_exponent_increase;
      const sign = first.direction === 'smaller' ? 1 : -1;
      const x = usable.map((m) => Math.log(m.size));
      const change = usable.map(({ row }) => Math.log(row.head! / row.base!));
      const sd = usable.map(({ row }) => Math.max((Math.log(row.interval![1]) - Math.log(row.interval![0])) / (2 * Z975), 1e-4));
      const fit = weightedSlope(x, change, sd);
      const sizes = usable.map((m) => m.size);
      const base = exponentOf(
        sizes,
        usable.map(({ row }) => row.base!),
      );
      const head = exponentOf(
        sizes,
        usable.map(({ row }) => row.head!),
      );
      const increase = sign * fit.slope;
      const confidence = normalConfidence(increase / fit.se);
      const bounds: [number, number] = [increase - Z975 * fit.se, increase + Z975 * fit.se];
      const row: ScalingRow = {
        family,
        metric,
        sizes: usable.map((m) => m.size),
        benchmarks: usable.map((m) => m.benchmark),
        base_exponent: round(base),
        head_exponent: round(head),
        increase: round(increase),
        interval: [round(bounds[0]), round(bounds[1])],
        confidence: round(confidence, 4),
        status: 'unchanged',
        fails: false,
        reason: '',
      };
      if (limit !== undefined) row.limit = limit;
      const enforced = rule.fail !== false && limit !== undefined;
      const text = `~n^${base.toFixed(1)} → ~n^${head.toFixed(1)} over sizes ${row.sizes.join(', ')} (exponent ${fmtSigned(increase)}, 95 % ${fmtSigned(bounds[0])} … ${fmtSigned(bounds[1])})`;
      if (limit !== undefined && increase > limit && confidence >= rules.confidence) {
        row.status = 'steeper';
        row.fails = enforced;
        row.reason = `${text}: it grows faster with size than the baseline, past the +${limit} limit on the exponent; ${(confidence * 100).toFixed(1)} % confident. At sizes beyond the suite's the slowdown is larger than any tested row shows (×${largerBy(increase, 10)} at 10× the largest size).`;
      } else if (limit !== undefined && increase > limit) {
        row.status = 'inconclusive';
        row.reason = `${text}: past the +${limit} limit on the exponent, but not credible (${(confidence * 100).toFixed(1)} % confident, ${(rules.confidence * 100).toFixed(0)} % required).`;
      } else if (limit !== undefined && -increase > limit && 1 - confidence >= rules.confidence) {
        row.status = 'flatter';
        row.reason = `${text}: it grows more slowly with size than the baseline.`;
      } else row.reason = `${text}${limit !== undefined ? `: within the +${limit} limit on the exponent` : ''}.`;
      out.push(row);
    }
  }
  return out;
}

/** How much more a change of the exponent by `increase` costs at 10× the largest size than at it. */
function largerBy(increase: number, factor: number): string {
  return (factor ** increase).toFixed(1);
}

/** An exponent or its change, signed, two decimals (+1.02, −0.05). */
export function fmtSigned(v: number): string {
  return `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(2)}`;
}

function round(v: number, digits = 3): number {
  const k = 10 ** digits;
  return Math.round(v * k) / k;
}
