import { InputError } from '../errors.js';
import type { Benchmark, ResultSet } from '../model.js';
import { benchmarkDotNet } from './benchmarkdotnet.js';
import { benchmarkjs } from './benchmarkjs.js';
import { benchmarkluau } from './benchmarkluau.js';
import { benny } from './benny.js';
import { cargoBench } from './cargo.js';
import { catch2, catch2Xml } from './catch2.js';
import { criterion } from './criterion.js';
import { custom } from './custom.js';
import { goBench } from './go.js';
import { googleBenchmark } from './googlebench.js';
import { hyperfine } from './hyperfine.js';
import { jmh } from './jmh.js';
import { julia } from './julia.js';
import { customBiggerIsBetter, customSmallerIsBetter, peerCustomHint } from './peer.js';
import { pytestBenchmark } from './pytest.js';
import type { FormatAdapter, FormatInput } from './types.js';
import { assertUniqueNames, parseJsonText } from './util.js';

/** Detection order: the most specific signatures first; the generic custom format last. */
export const FORMATS: readonly FormatAdapter[] = [
  pytestBenchmark,
  googleBenchmark,
  benchmarkDotNet,
  benny,
  hyperfine,
  jmh,
  julia,
  criterion,
  custom,
  goBench,
  benchmarkjs,
  benchmarkluau,
  cargoBench,
  catch2Xml,
  catch2,
  customSmallerIsBetter,
  customBiggerIsBetter,
];

/** Larger result files are almost certainly a mistake (a log, a core dump) rather than results. */
export const MAX_RESULT_BYTES = 512 * 1024 * 1024;

/** One message for a result file that is too large, whether seen by its size on disk or its text. */
export function assertSize(bytes: number, source: string): void {
  if (bytes > MAX_RESULT_BYTES) {
    throw new InputError(
      `${source}: the file is ${(bytes / 2 ** 20).toFixed(0)} MiB; expected a result file under ${MAX_RESULT_BYTES / 2 ** 20} MiB`,
    );
  }
}

export function findFormat(tool: string): FormatAdapter {
  const wanted = tool.trim().toLowerCase();
  const hit = FORMATS.find((f) => f.name.toLowerCase() === wanted || f.aliases?.includes(wanted));
  if (!hit) {
    throw new InputError(`unknown tool "${tool}"; expected one of: ${FORMATS.map((f) => f.name).join(', ')}`);
  }
  return hit;
}

/** Validation every adapter's output gets: names present and unique, values finite, times not negative. */
function checkBenchmarks(benchmarks: Benchmark[], source: string): Benchmark[] {
  if (benchmarks.length === 0) throw new InputError(`${source}: expected at least one benchmark, found none`);
  for (const [i, b] of benchmarks.entries()) {
    if (typeof b.name !== 'string' || b.name.trim() === '') {
      throw new InputError(`${source}: benchmark #${i + 1}: expected a non-empty name`);
    }
    for (const [key, m] of Object.entries(b.metrics)) {
      const where = `${source}: benchmark "${b.name}" metric "${key}"`;
      if (!Number.isFinite(m.value)) throw new InputError(`${where}: expected a finite value, got ${m.value}`);
      if ((key === 'time' || m.unit === 's') && m.value < 0)
        throw new InputError(`${where}: expected a non-negative time, got ${m.value}`);
      if (m.samples?.some((s) => !Number.isFinite(s))) throw new InputError(`${where}: expected finite samples`);
      if (key === 'time' && m.samples?.some((s) => s < 0)) throw new InputError(`${where}: expected non-negative time samples`);
    }
  }
  assertUniqueNames(benchmarks, source);
  return benchmarks;
}

/**
 * Loads what the formats that may read this text need beyond their own code (FormatAdapter.load):
 * with `tool`, that format; without, the formats whose detection accepts the text. Awaited before
 * parseResults by the reader; a format that needs no loading is untouched.
 */
export async function loadParsers(text: string, source: string, tool?: string): Promise<void> {
  const input: FormatInput = { text, source };
  const candidates = tool ? [findFormat(tool)] : FORMATS.filter((f) => f.load && !f.namedOnly && f.detect(input));
  await Promise.all(candidates.map((f) => f.load?.()));
}

/**
 * Parses one result file's text. With `tool`, that format must fit (a clear error if it does not);
 * without, the format is detected from the content.
 */
export function parseResults(
  text: string,
  source: string,
  tool?: string,
  siblings?: Record<string, string>,
): { tool: string; benchmarks: Benchmark[] } {
  assertSize(text.length, source);
  if (text.trim() === '') throw new InputError(`${source}: the file is empty; expected benchmark results`);
  const first = text.trimStart()[0];
  const looksJson = first === '{' || first === '[';
  const input: FormatInput = { text, source, ...(siblings ? { siblings } : {}) };
  if (looksJson) {
    try {
      input.json = parseJsonText(text, source);
    } catch (error) {
      // JSON lines (cargo criterion --message-format=json) are not one document; an adapter may claim them.
      const bad = jsonLinesBreak(text);
      if (bad === undefined) throw error;
      if (bad > 0)
        throw new InputError(`${source}: line ${bad}: expected one whole JSON object per line, as on the lines before`);
    }
  }

  if (tool) {
    const format = findFormat(tool);
    if (!format.detect(input)) {
      throw new InputError(
        `${source}: this does not look like ${format.description} (--tool ${format.name}); expected that format, or omit the tool to detect it`,
      );
    }
    return { tool: format.name, benchmarks: checkBenchmarks(format.parse(input), source) };
  }
  const format = FORMATS.find((f) => !f.namedOnly && f.detect(input));
  if (!format) {
    throw new InputError(
      `${source}: unknown result format; expected one of: ${FORMATS.map((f) => f.name).join(', ')} (or name it with the tool option)${peerCustomHint(input.json)}`,
    );
  }
  return { tool: format.name, benchmarks: checkBenchmarks(format.parse(input), source) };
}

/**
 * For text whose first line is a whole JSON object and which has more lines: 0 when every non-empty
 * line is one (JSON lines), else the number of the first line that is not. Undefined for other text.
 */
function jsonLinesBreak(text: string): number | undefined {
  const lines = text.split('\n');
  const isObject = (line: string) => {
    try {
      const v: unknown = JSON.parse(line);
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    } catch {
      return false;
    }
  };
  const filled = lines.filter((l) => l.trim() !== '');
  if (filled.length < 2 || !isObject(filled[0]!)) return undefined;
  const bad = lines.findIndex((l) => l.trim() !== '' && !isObject(l));
  return bad < 0 ? 0 : bad + 1;
}

/** The sibling files the formats may want next to `path` (only when named by a format's `when`). */
export function siblingsWanted(path: string, tool?: string): string[] {
  const formats = tool ? [findFormat(tool)] : FORMATS;
  return [...new Set(formats.flatMap((f) => (f.siblings && f.siblings.when.test(path) ? f.siblings.files : [])))];
}

/** Several files of one run merged into one result set; one benchmark name in two files is an error. */
export function mergeResults(parts: { source: string; tool: string; benchmarks: Benchmark[] }[]): ResultSet {
  const owner = new Map<string, string>();
  const benchmarks: Benchmark[] = [];
  for (const part of parts) {
    for (const b of part.benchmarks) {
      const other = owner.get(b.name);
      if (other)
        throw new InputError(`${part.source}: benchmark "${b.name}" is also in ${other}; expected each benchmark once per run`);
      owner.set(b.name, part.source);
      benchmarks.push(b);
    }
  }
  const tools = [...new Set(parts.map((p) => p.tool))];
  return { benchmarks, run: { tool: tools.join(',') } };
}
