/** Human figures for a metric's unit: 512 µs, 1.4 MiB, 0.976. */
import { maxOf } from '../arrays.js';
export function formatValue(value: number | null, unit: string): string {
  if (value === null || !Number.isFinite(value)) return '—';
  if (unit === 's') {
    const abs = Math.abs(value);
    if (abs === 0) return '0 s';
    if (abs < 1e-6) return `${sig(value * 1e9)} ns`;
    if (abs < 1e-3) return `${sig(value * 1e6)} µs`;
    if (abs < 1) return `${sig(value * 1e3)} ms`;
    return `${sig(value)} s`;
  }
  if (unit === 'bytes') {
    const abs = Math.abs(value);
    if (abs < 1024) return `${Math.round(value)} B`;
    if (abs < 1024 ** 2) return `${sig(value / 1024)} KiB`;
    if (abs < 1024 ** 3) return `${sig(value / 1024 ** 2)} MiB`;
    return `${sig(value / 1024 ** 3)} GiB`;
  }
  return unit && unit !== 'ratio' ? `${sig(value)} ${unit}` : sig(value);
}

function sig(x: number): string {
  const abs = Math.abs(x);
  if (abs >= 100) return x.toFixed(0);
  if (abs >= 10) return x.toFixed(1);
  if (abs >= 1) return x.toFixed(2);
  return Number(x.toPrecision(3)).toString();
}

const TIME_SCALES: [number, string][] = [
  [1, 's'],
  [1e-3, 'ms'],
  [1e-6, 'µs'],
  [1e-9, 'ns'],
];
const BYTE_SCALES: [number, string][] = [
  [1024 ** 3, 'GiB'],
  [1024 ** 2, 'MiB'],
  [1024, 'KiB'],
  [1, 'B'],
];

/**
 * Axis tick labels: one scale for the whole axis (the largest tick's), and only as many decimals as
 * the step between ticks needs — "5 µs", "5.5 µs", never "5.000 µs".
 */
export function formatTicks(values: readonly (number | null)[], unit: string): string[] {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (finite.length === 0) return values.map(() => '');
  const top = maxOf(finite.map(Math.abs));
  const scales = unit === 's' ? TIME_SCALES : unit === 'bytes' ? BYTE_SCALES : undefined;
  const [factor, suffix] = scales?.find(([f]) => top >= f) ?? scales?.at(-1) ?? [1, unit && unit !== 'ratio' ? unit : ''];
  const scaled = finite.map((v) => v / factor).sort((a, b) => a - b);
  let step = Infinity;
  for (let i = 1; i < scaled.length; i++) if (scaled[i]! - scaled[i - 1]! > 0) step = Math.min(step, scaled[i]! - scaled[i - 1]!);
  const decimals = Number.isFinite(step) ? Math.min(6, Math.max(0, -Math.floor(Math.log10(step) + 1e-9))) : undefined;
  return values.map((v) => {
    if (v === null || !Number.isFinite(v)) return '';
    // One tick alone: three significant digits, trailing zeros dropped.
    const text = decimals === undefined ? String(Number((v / factor).toPrecision(3))) : (v / factor).toFixed(decimals);
    return suffix ? `${text} ${suffix}` : text;
  });
}

export function formatChange(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return '—';
  const p = (ratio - 1) * 100;
  return `${p >= 0 ? '+' : '−'}${Math.abs(p).toFixed(Math.abs(p) < 10 ? 1 : 0)} %`;
}

export function formatInterval(interval: [number, number] | null): string {
  if (!interval) return '—';
  return `${formatChange(interval[0])} … ${formatChange(interval[1])}`;
}

/**
 * Benchmark names are untrusted: shown as a code span (no markdown, HTML, links or @mentions are
 * interpreted inside one), with a fence longer than any backtick run in the name, pipes escaped for
 * tables and line breaks flattened.
 */
export function codeSpan(text: string): string {
  const flat = text.replace(/[\r\n\t]+/g, ' ').replace(/\|/g, '\\|');
  const longest = maxOf(
    [...flat.matchAll(/`+/g)].map((m) => m[0].length),
    0,
  );
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat.trim() === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Escapes free text (commit messages, reasons that quote values) for markdown and HTML. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]{}()#+!|~])/g, '\\$1')
    .replace(/@/g, '@\u200b');
}

/**
 * Untrusted text for a terminal or a CI log: control characters are shown as escapes (a newline as
 * "\\n"), so a benchmark name can neither start a new log line nor smuggle a workflow command
 * ("::add-mask::…", "::error::…") to the start of one.
 */
export function visible(text: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
