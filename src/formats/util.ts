import { InputError } from '../errors.js';
import type { Benchmark, Direction, Metric } from '../model.js';
import { guessDirection, guessUnit, metricKey } from './units.js';

/** 1-based line and column of a character offset, for messages people can follow. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastBreak = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return { line, column: offset - lastBreak };
}

/**
 * JSON.parse with a message that names the file and the line/column, and says why in the user's
 * terms: truncated file, NaN/Infinity (Python's json writes them; they are not measurements).
 */
/** Result documents nest a few levels; anything far deeper is an attack or a bug, not measurements. */
const MAX_DEPTH = 100;

export function parseJsonText(text: string, source: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const pos = /position (\d+)/.exec(message);
    // Node 20 gives no position for "Unexpected token"; Python's NaN/Infinity are the usual cause.
    const offset = pos ? Number(pos[1]) : (bareNonNumber(text) ?? text.length);
    const { line, column } = lineColumn(text, offset);
    const rest = text.slice(offset, offset + 9);
    let why = 'expected valid JSON';
    if (/^-?(NaN|Infinity)/.test(rest)) {
      why = `expected a number, got ${/^-?(NaN|Infinity)/.exec(rest)![0]} (not a valid measurement)`;
    } else if (/Unexpected end|unterminated|end of JSON/i.test(message) || offset >= text.trimEnd().length) {
      why = 'the JSON ends early (truncated file?)';
    }
    throw new InputError(`${source}: line ${line}, column ${column}: ${why}`);
  }
  const deep = tooDeep(value, MAX_DEPTH);
  if (deep) {
    const where = deep.length > 80 ? `${deep.slice(0, 60)}…` : deep;
    throw new InputError(`${source}: ${where}: nested more than ${MAX_DEPTH} levels deep; expected a result document`);
  }
  return value;
}

/** The path of the first value nested deeper than `limit` (iterative: a deep document cannot overflow the stack). */
function tooDeep(root: unknown, limit: number): string | undefined {
  const stack: { value: unknown; depth: number; path: string }[] = [{ value: root, depth: 0, path: '(top level)' }];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= limit) return path;
    const entries = Array.isArray(value) ? value.map((v, i) => [`[${i}]`, v] as const) : Object.entries(value);
    for (const [key, child] of entries)
      stack.push({
        value: child,
        depth: depth + 1,
        path: depth === 0 ? String(key) : Array.isArray(value) ? `${path}${key}` : `${path}.${key}`,
      });
  }
  return undefined;
}

/** Offset of the first NaN/Infinity outside a string, as Python's json module writes them. */
function bareNonNumber(text: string): number | undefined {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if ((c === 'N' && text.startsWith('NaN', i)) || (c === 'I' && text.startsWith('Infinity', i))) {
      return text[i - 1] === '-' ? i - 1 : i;
    }
  }
  return undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A number that must be finite and not negative; the error names where it was. */
export function measurement(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InputError(`${where}: expected a finite number, got ${JSON.stringify(value) ?? String(value)}`);
  }
  if (value < 0) throw new InputError(`${where}: expected a non-negative number, got ${value}`);
  return value;
}

/** Parses "1,234.5" as printed by tools that group thousands. */
export function printedNumber(text: string, where: string): number {
  const value = Number(text.replace(/[,_\s]/g, ''));
  if (!Number.isFinite(value)) throw new InputError(`${where}: expected a number, got "${text}"`);
  return value;
}

export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** A metric without a tool-given direction (extra_info, custom Go units, counters). */
export function freeMetric(name: string, value: number, unit?: string, samples?: number[]): [string, Metric] {
  const key = metricKey(name);
  const u = unit ?? guessUnit(key);
  const direction: Direction = guessDirection(key, u);
  const metric: Metric = { value, unit: u, direction };
  if (samples && samples.length > 1) metric.samples = samples;
  return [key, metric];
}

/** Numeric entries of a free-form object (pytest extra_info, Google Benchmark counters) as metrics. */
export function numericMetrics(values: Record<string, unknown>, where: string): Record<string, Metric> {
  const out: Record<string, Metric> = {};
  for (const [name, v] of Object.entries(values)) {
    if (typeof v !== 'number') continue;
    const [key, metric] = freeMetric(name, measurementOrNegative(v, `${where}: "${name}"`));
    out[key] = metric;
  }
  return out;
}

/** Free metrics may be negative (a score delta), but never NaN or infinite. */
function measurementOrNegative(value: number, where: string): number {
  if (!Number.isFinite(value)) throw new InputError(`${where}: expected a finite number, got ${value}`);
  return value;
}

export function timeMetric(seconds: number, samples?: number[], extra?: Partial<Metric>): Metric {
  const metric: Metric = { value: seconds, unit: 's', direction: 'smaller', ...extra };
  if (samples && samples.length > 0) metric.samples = samples;
  return metric;
}

/** Two benchmarks with one name cannot be told apart across runs: that is an input error. */
export function assertUniqueNames(benchmarks: readonly Benchmark[], source: string): void {
  const seen = new Set<string>();
  for (const b of benchmarks) {
    if (seen.has(b.name)) {
      throw new InputError(`${source}: benchmark "${b.name}" appears twice; expected unique benchmark names`);
    }
    seen.add(b.name);
  }
}
