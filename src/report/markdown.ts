import { maxOf, pushAll } from '../arrays.js';
import { markdownTable } from 'markdown-table';
import type { Decision, ResultRow, Status } from '../analysis/decide.js';
import { codeSpan, escapeMarkdown, formatChange, formatInterval, formatValue, visible } from './format.js';
import { fmtSigned } from '../analysis/scaling.js';

const ICON: Record<Status, string> = {
  regression: '🔴 regression',
  'below-floor': '🔴 below floor',
  missing: '⚪ missing',
  inconclusive: '🟠 inconclusive',
  improvement: '🟢 improvement',
  new: '🆕 new',
  unchanged: '✅ unchanged',
};

export interface MarkdownOptions {
  /** Suite name, shown in the heading (several suites can report in one repository). */
  name?: string;
  /** The trend page, linked under the report. */
  trendUrl?: string;
  /** A benchmark's chart on the trend page (linked from its row). */
  benchmarkLink?: (benchmark: string) => string;
  /** Where the complete report is (the job summary), linked when the comment had to be shortened. */
  fullReportUrl?: string;
  /** GitHub's comment limit is 65,536 characters; the report degrades to fit. */
  maxLength?: number;
  /** The job summary's limit is 1 MiB of UTF-8 bytes, not characters (non-ASCII names take 2–4 bytes each). */
  maxBytes?: number;
  /** A hidden marker first in the body, so the sticky comment can be found again. */
  marker?: string;
  /** Heading level of the title (a merged report's sections use 4). */
  level?: number;
  /** The "How to read this" footer (left off inside a merged report's sections). */
  footer?: boolean;
}

function statusLabel(r: ResultRow): string {
  const label = ICON[r.status];
  return r.status === 'regression' && !r.fails ? `🟡 regression (report only)` : label;
}

function ruleText(r: ResultRow): string {
  const parts: string[] = [];
  if (r.limit !== undefined) parts.push(`≤ ${formatChange(r.limit)}`);
  if (r.threshold?.minimum !== undefined) parts.push(`≥ ${r.threshold.minimum}`);
  if (r.threshold?.maximum !== undefined) parts.push(`≤ ${r.threshold.maximum}`);
  if (parts.length === 0) return '—';
  return parts.join(', ') + (r.enforced ? '' : ' (report only)');
}

/** The change as measured (what Baseline → This run shows), and the runner-corrected one where the correction moved it. */
export function changeParts(r: ResultRow): { measured: number | null; corrected?: number } {
  const measured = r.measured_ratio ?? r.ratio;
  if (r.ratio === null || measured === null) return { measured };
  return Math.abs(Math.log(r.ratio / measured)) > 0.005 ? { measured, corrected: r.ratio } : { measured };
}

function changeCell(r: ResultRow): string {
  const { measured, corrected } = changeParts(r);
  return corrected === undefined
    ? formatChange(measured)
    : `${formatChange(measured)}<br><sub>${formatChange(corrected)} corrected</sub>`;
}

/** The benchmark cell: its name, then its group and metric under it (and its chart, linked). */
function benchmarkCell(r: ResultRow, link?: (benchmark: string) => string): string {
  const sub = [r.group, r.metric]
    .filter((x): x is string => !!x)
    .map(escapeMarkdown)
    .join(' · ');
  const name = `${codeSpan(r.benchmark)}<br><sub>${sub}</sub>`;
  return link ? `${name} [📈](${link(r.benchmark)})` : name;
}

/**
 * The essentials, in the width a pull request's conversation gives a comment (~760 px): what it is,
 * how it moved, from what to what, against which rule. The statistics are in their own table below.
 */
function rowCells(r: ResultRow, link?: (benchmark: string) => string): string[] {
  return [
    statusLabel(r),
    benchmarkCell(r, link),
    changeCell(r),
    // Units come from result files too (custom JSON, Go's ReportMetric): text like any other.
    `${escapeMarkdown(formatValue(r.base, r.unit))}<br>→ ${escapeMarkdown(formatValue(r.head, r.unit))}`,
    ruleText(r),
  ];
}

const HEADER = ['Status', 'Benchmark', 'Change', 'Baseline → this run', 'Rule'];

function table(rows: ResultRow[], link?: (benchmark: string) => string): string {
  return markdownTable([HEADER, ...rows.map((r) => rowCells(r, link))], {
    alignDelimiters: false,
    align: ['l', 'l', 'r', 'r', 'l'],
  });
}

/** The statistics behind the rows: each change's 95 % interval and how confident the engine is that it is real. */
function statisticsTable(rows: ResultRow[]): string {
  const cells = rows.map((r) => [
    codeSpan(r.benchmark),
    escapeMarkdown(r.metric),
    formatInterval(r.interval),
    r.confidence === null ? '—' : `${(r.confidence * 100).toFixed(1)} %`,
  ]);
  const body = markdownTable([['Benchmark', 'Metric', '95 % interval', 'Confidence'], ...cells], {
    alignDelimiters: false,
    align: ['l', 'l', 'r', 'r'],
  });
  return `\n<details><summary>Statistics: 95 % intervals and confidence</summary>\n\n${body}\n\n</details>`;
}

function countBy(rows: ResultRow[]): string {
  const counts = new Map<Status, number>();
  for (const r of rows) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const order: Status[] = ['regression', 'below-floor', 'missing', 'inconclusive', 'improvement', 'new', 'unchanged'];
  return order
    .filter((s) => counts.get(s))
    .map((s) => `${counts.get(s)} ${s}`)
    .join(' · ');
}

/**
 * The verdict as a headline: broken rules, or — never "No regression" while enforced rows are
 * undecided — how many are undecided and why (a spent re-measurement budget, or none to spend).
 */
export function headline(decision: Decision): { icon: string; text: string } {
  const failing = decision.results.filter((r) => r.fails).length + (decision.scaling ?? []).filter((s) => s.fails).length;
  if (decision.verdict === 'fail') return { icon: '❌', text: `${failing} rule${failing === 1 ? '' : 's'} broken` };
  const undecided = decision.results.filter((r) => r.enforced && r.status === 'inconclusive').length;
  if (undecided === 0) return { icon: '✅', text: 'No regression' };
  const m = decision.remeasured;
  const p = decision.paired;
  const why = p
    ? `${p.rounds} paired base/head round${p.rounds === 1 ? '' : 's'} did not settle ${undecided === 1 ? 'it' : 'them'} (${p.stopped === 'max-minutes' ? 'ab-max-minutes' : 'ab-max-rounds'} reached)`
    : m
      ? m.stopped === 'time'
        ? `re-measuring hit its time limit after ${m.runs} more run${m.runs === 1 ? '' : 's'}`
        : `${m.runs} more run${m.runs === 1 ? '' : 's'} of the budget of ${m.budget} did not settle ${undecided === 1 ? 'it' : 'them'}`
      : 'not re-measured (result files only, or confirm-runs: 0)';
  return { icon: '⚠️', text: `Passed with ${undecided} undecided row${undecided === 1 ? '' : 's'}: ${why}` };
}

/**
 * The report for the PR comment and the job summary: the verdict, why, the rows that matter first.
 * When it does not fit `maxLength`, it degrades in steps: unchanged rows go into a collapsed list,
 * then they are dropped, then the remaining rows are cut with a link to the full report.
 */
export function renderMarkdown(decision: Decision, options: MarkdownOptions = {}): string {
  if (decision.sections?.length) return renderMerged(decision, decision.sections, options);
  const max = options.maxLength ?? Infinity;
  const maxBytes = options.maxBytes ?? Infinity;
  const fits = (text: string) => text.length <= max && Buffer.byteLength(text, 'utf8') <= maxBytes;
  const failing = decision.results.filter((r) => r.fails);
  const notable = decision.results.filter((r) => r.status !== 'unchanged');
  const quiet = decision.results.filter((r) => r.status === 'unchanged');
  const title = options.name ? `causal-perf: ${escapeMarkdown(options.name)}` : 'causal-perf';
  const h = headline(decision);
  const verdict = `${h.icon} **${h.text}**`;
  const head: string[] = [];
  if (options.marker) head.push(options.marker);
  head.push(`${'#'.repeat(options.level ?? 3)} ${title} — ${verdict}`, '');
  for (const w of decision.warnings ?? []) head.push(`> [!WARNING]`, `> ${escapeMarkdown(w)}`, '');
  head.push(
    `${decision.results.length} results against ${priorText(decision)}: ${countBy(decision.results) || 'nothing to compare'}.`,
  );
  for (const note of decision.notes) head.push('', `> ${escapeMarkdown(note)}`);
  const steeper = (decision.scaling ?? []).filter((x) => x.fails);
  if (failing.length > 0 || steeper.length > 0) {
    head.push('', '**Why it failed**', '');
    for (const r of failing.slice(0, 20))
      head.push(`- ${codeSpan(r.benchmark)} ${escapeMarkdown(r.metric)}: ${escapeMarkdown(r.reason)}`);
    if (failing.length > 20) head.push(`- … and ${failing.length - 20} more in the table.`);
    for (const x of steeper)
      head.push(`- ${codeSpan(x.family)} ${escapeMarkdown(x.metric)} (scaling): ${escapeMarkdown(x.reason)}`);
  }
  const inconclusive = decision.results.filter((r) => r.status === 'inconclusive');
  if (inconclusive.length > 0) {
    head.push('', '**Undecided** (past the limit, not yet credible; these do not fail the check)', '');
    for (const r of inconclusive.slice(0, 20))
      head.push(
        `- ${codeSpan(r.benchmark)} ${escapeMarkdown(r.metric)}: ${escapeMarkdown(r.reason)}${r.resolve ? ` To settle it: ${escapeMarkdown(r.resolve)}.` : ''}`,
      );
    if (inconclusive.length > 20) head.push(`- … and ${inconclusive.length - 20} more in the table.`);
  }
  if (decision.drift?.length) head.push('', ...driftSection(decision.drift));
  if (decision.open_regressions?.length) head.push('', ...openSection(decision.open_regressions));
  const foot: string[] = [''];
  if (decision.scaling?.length) foot.push(...scalingSection(decision.scaling), '');
  if (options.trendUrl) foot.push(`[Trend charts](${options.trendUrl})`);
  if (options.footer !== false)
    foot.push(
      '<sub>How to read this: a change fails only when it is past the rule’s limit and the engine is confident it is real, given each benchmark’s run-to-run noise in the history. “Change” is as measured (baseline → this run); where the job’s shared runner shift was factored out, the corrected change is shown under it, and that is what the rule and the 95 % interval (under Statistics) apply to. Inconclusive: past the limit but inside the noise; it does not fail.</sub>',
    );

  const assemble = (main: string, extra = '') => [...head, '', main, extra, ...foot].join('\n');
  const stats = notable.length ? statisticsTable(notable) : '';
  const full = assemble(
    notable.length ? table(notable, options.benchmarkLink) + stats : '',
    quiet.length
      ? `\n<details><summary>${quiet.length} unchanged</summary>\n\n${table(quiet, options.benchmarkLink)}\n\n</details>`
      : '',
  );
  if (fits(full)) return full;
  const noQuiet = assemble(
    notable.length ? table(notable, options.benchmarkLink) + stats : '',
    quiet.length ? `\n${quiet.length} unchanged results are in the full report.` : '',
  );
  if (fits(noQuiet)) return noQuiet;
  // Cut rows until it fits, keeping the failing ones first.
  const link = options.fullReportUrl ? ` [Full report](${options.fullReportUrl}).` : '';
  let keep = notable.length;
  let body = noQuiet;
  while (keep > 0 && !fits(body)) {
    keep = Math.floor(keep * 0.8);
    body = assemble(
      table(notable.slice(0, keep), options.benchmarkLink),
      `\n${notable.length - keep} more rows are not shown here.${link}`,
    );
  }
  if (!fits(body)) {
    body = [...head.slice(0, 4), `The report is too long for a comment.${link}`].join('\n').slice(0, max);
    while (!fits(body)) body = body.slice(0, Math.floor(body.length * 0.9));
  }
  return body;
}

/**
 * "Scaling": each size family's growth with size, baseline → this run (`~n^1.0 → ~n^2.0`): a change
 * of complexity shows here before any tested size breaks its time limit.
 */
function scalingSection(scaling: NonNullable<Decision['scaling']>): string[] {
  const icon = { steeper: '❌', flatter: '🚀', inconclusive: '⚠️', unchanged: '✅' } as const;
  const rows = scaling
    .slice(0, 20)
    .map((s) => [
      s.fails ? icon.steeper : s.status === 'steeper' ? icon.inconclusive : icon[s.status],
      codeSpan(s.family),
      escapeMarkdown(s.metric),
      s.sizes.join(', '),
      `~n^${s.base_exponent.toFixed(1)}`,
      `~n^${s.head_exponent.toFixed(1)}`,
      `${fmtSigned(s.increase)} (${fmtSigned(s.interval[0])} … ${fmtSigned(s.interval[1])})${s.limit !== undefined ? `, limit +${s.limit}` : ''}`,
    ]);
  return [
    '**Scaling** (benchmarks that differ only by a size: the exponent of the figure against the size)',
    '',
    markdownTable([['', 'family', 'metric', 'sizes', 'baseline', 'this run', 'exponent change (95 %)'], ...rows], {
      alignDelimiters: false,
    }),
  ];
}

/**
 * "Drift since …": level changes in the branch's history the gate flagged nowhere (several commits,
 * each under the limit). Oldest commit first, so the heading names where the creep began.
 */
function driftSection(drift: NonNullable<Decision['drift']>): string[] {
  const since = [...drift].sort((a, b) => a.at.localeCompare(b.at))[0]!;
  const lines = [
    `**Drift since ${codeSpan(since.from_sha.slice(0, 10))}** (level changes in this branch's history that no single run failed)`,
    '',
  ];
  for (const c of drift.slice(0, 20))
    lines.push(
      `- ${codeSpan(c.benchmark)} ${escapeMarkdown(c.metric)}${c.testbed ? ` on ${escapeMarkdown(c.testbed)}` : ''}: ${escapeMarkdown(formatValue(c.before, c.unit ?? ''))} → ${escapeMarkdown(formatValue(c.after, c.unit ?? ''))} (${formatChange(c.ratio)}, ${formatInterval(c.interval)}) between ${codeSpan(c.from_sha.slice(0, 10))} and ${codeSpan(c.to_sha.slice(0, 10))}`,
    );
  if (drift.length > 20) lines.push(`- … and ${drift.length - 20} more (causal-perf history changes lists them all).`);
  return lines;
}

/**
 * "Open regressions": level changes on this branch still in effect past their limit that nobody
 * accepted, listed with every push until they are accepted or reverted. Oldest first.
 */
function openSection(open: NonNullable<Decision['open_regressions']>): string[] {
  const lines = [
    `**Open regressions (${open.length})**: level changes on this branch still past their limit that nobody accepted; each stays here until it is reverted or accepted (a \`Perf-Accepted: NAME\` commit trailer or the \`perf-accepted\` label).`,
    '',
  ];
  for (const c of open.slice(0, 20))
    lines.push(
      `- ${codeSpan(c.benchmark)} ${escapeMarkdown(c.metric)}${c.testbed ? ` on ${escapeMarkdown(c.testbed)}` : ''}: ${escapeMarkdown(formatValue(c.before, c.unit ?? ''))} → ${escapeMarkdown(formatValue(c.now, c.unit ?? ''))} (${formatChange(c.ratio)}, limit ${formatChange(c.limit)}) since ${codeSpan(c.to_sha.slice(0, 10))} (${escapeMarkdown(c.at.slice(0, 10))})${c.flagged_by_gate ? ', merged over a failing check' : ', which no check failed'}`,
    );
  if (open.length > 20) lines.push(`- … and ${open.length - 20} more (the trend page lists them all).`);
  return lines;
}

const HOW_TO_READ =
  '<sub>How to read this: a change fails only when it is past the rule’s limit and the engine is confident it is real, given each benchmark’s run-to-run noise in the history. Each section is one matrix leg’s suite on its testbed, judged against that testbed’s own history.</sub>';

/**
 * A report merged from matrix legs: one verdict on top (failing when any leg fails a rule), then a
 * section per suite × testbed, each sized to its share of the limits.
 */
function renderMerged(decision: Decision, sections: NonNullable<Decision['sections']>, options: MarkdownOptions): string {
  const title = options.name ? `causal-perf: ${escapeMarkdown(options.name)}` : 'causal-perf';
  const h = headline(decision);
  const verdict = `${h.icon} **${h.text}**`;
  const legs = new Set(sections.flatMap((s) => s.legs)).size;
  const head = [
    ...(options.marker ? [options.marker] : []),
    `### ${title} — ${verdict}`,
    '',
    `${legs} matrix leg${legs === 1 ? '' : 's'} merged into ${sections.length} section${sections.length === 1 ? '' : 's'}: ` +
      sections.map((s) => `${escapeMarkdown(s.suite)} on ${escapeMarkdown(s.testbed)} ${headline(s.decision).icon}`).join(' · ') +
      '.',
    ...decision.notes.flatMap((n) => ['', `> ${escapeMarkdown(n)}`]),
  ].join('\n');
  const foot = ['', ...(options.trendUrl ? [`[Trend charts](${options.trendUrl})`] : []), HOW_TO_READ].join('\n');
  const room = (limit: number | undefined) =>
    limit === undefined ? undefined : Math.max(500, Math.floor((limit - head.length - foot.length) / sections.length) - 200);
  // Failing sections first, so a cut report still shows why it failed.
  const ordered = [...sections].sort((a, b) => Number(b.decision.verdict === 'fail') - Number(a.decision.verdict === 'fail'));
  const parts = ordered.map((s) =>
    renderMarkdown(s.decision, {
      ...options,
      marker: undefined,
      name: `${s.suite} on ${s.testbed}`,
      level: 4,
      footer: false,
      trendUrl: undefined,
      benchmarkLink: undefined,
      maxLength: room(options.maxLength),
      maxBytes: room(options.maxBytes),
    }),
  );
  return [head, ...parts, foot].join('\n\n');
}

/** Plain text for terminals. */
export function renderText(decision: Decision): string {
  const anyCorrected = decision.results.some((r) => changeParts(r).corrected !== undefined);
  const rows = decision.results.map((r) => {
    const { measured, corrected } = changeParts(r);
    return [
      r.status + (r.fails ? ' (FAIL)' : ''),
      visible(r.benchmark),
      visible(r.metric),
      visible(formatValue(r.base, r.unit)),
      visible(formatValue(r.head, r.unit)),
      formatChange(measured),
      ...(anyCorrected ? [corrected === undefined ? '' : formatChange(corrected)] : []),
      formatInterval(r.interval),
      r.confidence === null ? '-' : `${(r.confidence * 100).toFixed(1)}%`,
    ];
  });
  const header = [
    'status',
    'benchmark',
    'metric',
    'baseline',
    'this run',
    'change',
    ...(anyCorrected ? ['corrected'] : []),
    '95% interval',
    'confidence',
  ];
  const widths = header.map((h, i) =>
    maxOf(
      rows.map((r) => r[i]!.length),
      h.length,
    ),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const h = headline(decision);
  const out = [`verdict: ${decision.verdict.toUpperCase()} (${priorText(decision)})${h.icon === '⚠️' ? ` — ${h.text}` : ''}`];
  for (const w of decision.warnings ?? []) out.push(`WARNING: ${visible(w)}`);
  out.push('', line(header));
  pushAll(out, rows.map(line));
  if (decision.runner?.applied)
    out.push(
      '',
      `runner shift: ${formatChange(decision.runner.applied_shift)} (factored out: "corrected" is each change once it is)`,
    );
  for (const n of decision.notes) out.push(`note: ${visible(n)}`);
  for (const r of decision.results.filter((x) => x.status === 'inconclusive'))
    out.push(
      `INCONCLUSIVE ${visible(r.benchmark)} ${visible(r.metric)}: ${visible(r.reason)}${r.resolve ? ` To settle it: ${r.resolve}.` : ''}`,
    );
  for (const r of decision.results.filter((x) => x.fails))
    out.push(`FAIL ${visible(r.benchmark)} ${visible(r.metric)}: ${visible(r.reason)}`);
  for (const s of decision.scaling ?? [])
    out.push(
      `${s.fails ? 'FAIL scaling' : 'scaling'} ${visible(s.family)} ${visible(s.metric)} (${s.status}): ${visible(s.reason)}`,
    );
  return out.join('\n') + '\n';
}

/** What the rows were judged against: prior runs, or same-job A/B's paired rounds. */
function priorText(decision: Decision): string {
  const n = decision.ab_rounds ?? decision.baseline_runs;
  return decision.ab_rounds !== undefined
    ? `${n} paired A/B round${n === 1 ? '' : 's'} on one runner`
    : `${n} prior run${n === 1 ? '' : 's'}`;
}
