import { InputError } from '../errors.js';
import type { Direction } from '../model.js';

const SECONDS_PER: Record<string, number> = {
  ps: 1e-12,
  ns: 1e-9,
  us: 1e-6,
  µs: 1e-6,
  μs: 1e-6,
  ms: 1e-3,
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  milliseconds: 1e-3,
  microseconds: 1e-6,
  nanoseconds: 1e-9,
  min: 60,
  m: 60,
  h: 3600,
};

/** Seconds in one of `unit` (ns, us, µs, ms, s, min, h), or undefined for a unit that is not time. */
export function secondsPerUnit(unit: string): number | undefined {
  return SECONDS_PER[unit.trim()];
}

/** Converts a time in `unit` to seconds; throws an InputError naming `where` for an unknown unit. */
export function toSeconds(value: number, unit: string, where: string): number {
  const factor = secondsPerUnit(unit);
  if (factor === undefined) {
    throw new InputError(`${where}: expected a time unit (ns, us, ms, s), got "${unit}"`);
  }
  return value * factor;
}

/**
 * Parses a "time per op" or "ops per time" unit such as `ns/op`, `us/op`, `ops/s`, `ops/ms`.
 * Returns the factor to seconds and whether the figure is a throughput (to be inverted).
 */
export function parseRateUnit(unit: string): { seconds: number; throughput: boolean } | undefined {
  const u = unit.trim();
  const perOp = /^(\w+|µs|μs)\/(op|iter|call|ops)$/.exec(u);
  if (perOp) {
    const s = secondsPerUnit(perOp[1]!);
    if (s !== undefined) return { seconds: s, throughput: false };
  }
  const opsPer = /^ops?\/(\w+|µs|μs)$/.exec(u);
  if (opsPer) {
    const s = secondsPerUnit(opsPer[1]!);
    if (s !== undefined) return { seconds: s, throughput: true };
  }
  const plain = secondsPerUnit(u);
  if (plain !== undefined) return { seconds: plain, throughput: false };
  return undefined;
}

/** Seconds per operation from a figure in a rate unit (inverts throughputs). */
export function rateToSecondsPerOp(value: number, unit: { seconds: number; throughput: boolean }): number {
  if (unit.throughput) return value === 0 ? Infinity : unit.seconds / value;
  return value * unit.seconds;
}

const BIGGER_IS_BETTER = /(accuracy|precision|recall|f1|score|auc|hit.?rate|throughput|ops\/s|per.?second|\/s$|speedup|correct)/i;

/** The direction for a metric no tool told us about, guessed from its name or unit (overridable in the rules file). */
export function guessDirection(name: string, unit = ''): Direction {
  return BIGGER_IS_BETTER.test(name) || /\/s$/.test(unit) ? 'bigger' : 'smaller';
}

/** The unit for a free-form numeric metric (pytest extra_info, Go ReportMetric, counters). */
export function guessUnit(name: string): string {
  if (/^memory|_bytes$|bytes/i.test(name)) return 'bytes';
  if (/accuracy|precision|recall|f1|ratio|rate$/i.test(name)) return 'ratio';
  return '';
}

/** Normalizes a free-form metric name: `memory peak` → `memory_peak`. */
export function metricKey(name: string): string {
  return name
    .trim()
    .replace(/[^\w/.-]+/g, '_')
    .replace(/^_+|_+$/g, '');
}
