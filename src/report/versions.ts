/**
 * The current ref against several earlier versions (`causal-perf run --baseline-ref A --baseline-ref B
 * …`): one table with a column per version, in text and markdown, and the JSON of every comparison.
 */
import { markdownTable } from 'markdown-table';
import { rowKey } from '../analysis/decide.js';
import type { Decision, ResultRow } from '../analysis/types.js';
import { codeSpan, escapeMarkdown, formatChange, formatValue, visible } from './format.js';

export interface VersionComparison {
  baseline_ref: string;
  baseline_sha: string;
  decision: Decision;
}

/** The JSON: `{ verdict, current_ref, comparisons: [{ baseline_ref, baseline_sha, verdict, rounds, results, notes }] }`. */
export function comparisonsJson(currentRef: string, comparisons: readonly VersionComparison[]): object {
  return {
    verdict: comparisons.some((c) => c.decision.verdict === 'fail') ? 'fail' : 'pass',
    current_ref: currentRef,
    comparisons: comparisons.map((c) => ({
      baseline_ref: c.baseline_ref,
      baseline_sha: c.baseline_sha,
      verdict: c.decision.verdict,
      rounds: c.decision.ab_rounds ?? c.decision.baseline_runs,
      results: c.decision.results,
      notes: c.decision.notes,
    })),
  };
}

/** One cell: the change against that version and what it means ("+2.1 % unchanged", "−33 % improvement"). */
function cell(r: ResultRow | undefined): string {
  if (!r) return '–';
  const change = r.measured_ratio === null ? '' : `${formatChange(r.measured_ratio)} `;
  return `${change}${r.status}${r.fails ? ' (FAIL)' : ''}`;
}

/** Rows (benchmark × metric) in the order the first comparison lists them, then any others. */
function rowsOf(comparisons: readonly VersionComparison[]): { id: string; first: ResultRow }[] {
  const seen = new Map<string, ResultRow>();
  for (const c of comparisons) for (const r of c.decision.results) if (!seen.has(rowKey(r))) seen.set(rowKey(r), r);
  return [...seen].map(([id, first]) => ({ id, first }));
}

export function renderComparisons(
  currentRef: string,
  comparisons: readonly VersionComparison[],
  format: 'text' | 'markdown',
): string {
  const index = comparisons.map((c) => new Map(c.decision.results.map((r) => [rowKey(r), r])));
  const failing = comparisons.filter((c) => c.decision.verdict === 'fail').map((c) => c.baseline_ref);
  const verdict = failing.length
    ? `FAIL against ${failing.join(', ')}`
    : `PASS against ${comparisons.map((c) => c.baseline_ref).join(', ')}`;
  const header = ['benchmark', 'metric', `${currentRef} (current)`, ...comparisons.map((c) => `vs ${c.baseline_ref}`)];
  const body = rowsOf(comparisons).map(({ id, first }) => [
    first.benchmark,
    first.metric,
    formatValue(first.head, first.unit),
    ...index.map((m) => cell(m.get(id))),
  ]);
  const rounds = comparisons
    .map(
      (c) =>
        `${c.baseline_ref} (${c.baseline_sha.slice(0, 7)}): ${c.decision.ab_rounds ?? c.decision.baseline_runs} paired rounds`,
    )
    .join('; ');
  if (format === 'markdown') {
    // Names and refs come from the suite and the user; figures, changes and statuses are our own text.
    const table = markdownTable(
      [
        ['benchmark', 'metric', `${codeSpan(currentRef)} (current)`, ...comparisons.map((c) => `vs ${codeSpan(c.baseline_ref)}`)],
        ...body.map(([b, m, ...rest]) => [codeSpan(b!), escapeMarkdown(m!), ...rest]),
      ],
      { alignDelimiters: false },
    );
    return [
      `### causal-perf: ${escapeMarkdown(currentRef)} against ${comparisons.length} versions — ${verdict}`,
      '',
      table,
      '',
      `<sub>Each column is a same-job A/B on this machine: ${escapeMarkdown(rounds)}. The change is ${escapeMarkdown(currentRef)} against that version.</sub>`,
      '',
    ].join('\n');
  }
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => visible(r[i]!).length)));
  const text = (cells: string[]) =>
    cells
      .map((c, i) => visible(c).padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [`verdict: ${verdict}`, '', text(header), ...body.map(text), '', `paired: ${rounds}`, ''].join('\n');
}
