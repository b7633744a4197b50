import type { XMLParser } from 'fast-xml-parser';
import { InputError } from '../errors.js';
import type { Benchmark } from '../model.js';
import type { FormatAdapter } from './types.js';
import { isRecord, printedNumber, timeMetric } from './util.js';
import { toSeconds } from './units.js';

const HEAD = /^(.*?)\s+(\d+)\s+(\d+)\s+([\d.,]+ \S+)\s*$/;
const TRIPLE = /^\s+([\d.,]+) (\S+)\s+([\d.,]+) (\S+)\s+([\d.,]+) (\S+)\s*$/;

/** fast-xml-parser, loaded only for a file that looks like Catch2 XML (~110 KB of bundle every other run would compile). */
let Parser: typeof XMLParser | undefined;

/** Catch2 console reporter output with BENCHMARK results (v2 and v3 print the same table). */
export const catch2: FormatAdapter = {
  name: 'catch2',
  description: 'Catch2 console output with BENCHMARK results',
  detect: ({ json, text }) => json === undefined && /^benchmark name\s+samples\s+iterations/m.test(text),
  parse({ text, source }) {
    const lines = text.split('\n');
    const out: Benchmark[] = [];
    let group: string | undefined;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (/^-{20,}$/.test(line) && /^-{20,}$/.test(lines[i + 2] ?? '') && lines[i + 1]) {
        group = lines[i + 1]!.trim();
        i += 2;
        continue;
      }
      const head = HEAD.exec(line);
      const meanLine = TRIPLE.exec(lines[i + 1] ?? '');
      const sdLine = TRIPLE.exec(lines[i + 2] ?? '');
      if (!head || !meanLine || !sdLine || /^benchmark name/.test(line)) continue;
      const where = `${source}: line ${i + 2}`;
      const seconds = toSeconds(printedNumber(meanLine[1]!, where), meanLine[2]!, where);
      const stddev = toSeconds(printedNumber(sdLine[1]!, where), sdLine[2]!, `${source}: line ${i + 3}`);
      const b: Benchmark = {
        name: head[1]!.trim(),
        metrics: { time: timeMetric(seconds, undefined, { stddev, n: Number(head[2]) }) },
      };
      if (group) b.group = group;
      out.push(b);
      i += 2;
    }
    if (out.length === 0)
      throw new InputError(`${source}: expected Catch2 benchmark rows under "benchmark name  samples  iterations"`);
    return out;
  },
};

/** Catch2 `-r xml`: <BenchmarkResults> inside <TestCase>/<Section>, values in nanoseconds. */
export const catch2Xml: FormatAdapter = {
  name: 'catch2-xml',
  description: 'Catch2 XML reporter output (-r xml) with BenchmarkResults',
  detect: ({ json, text }) => json === undefined && /<Catch2?[\s>]/.test(text) && text.includes('<BenchmarkResults'),
  async load() {
    Parser ??= (await import('fast-xml-parser')).XMLParser;
  },
  parse({ text, source }) {
    if (!Parser) throw new Error('catch2-xml: the XML parser is not loaded (the reader awaits loadParsers before parsing)');
    let doc: unknown;
    try {
      doc = new Parser({
        ignoreAttributes: false,
        attributeNamePrefix: '',
        isArray: (n) => ['TestCase', 'Section', 'BenchmarkResults', 'Group'].includes(n),
      }).parse(text, true);
    } catch (error) {
      const e = error as { message?: string; line?: number };
      throw new InputError(`${source}: expected well-formed Catch2 XML (${e.message ?? String(error)})`);
    }
    const out: Benchmark[] = [];
    const visit = (node: unknown, group: string | undefined): void => {
      if (Array.isArray(node)) return node.forEach((n) => visit(n, group));
      if (!isRecord(node)) return;
      const here = typeof node.name === 'string' && 'tags' in node ? node.name : group;
      for (const r of (node.BenchmarkResults as unknown[] | undefined) ?? []) {
        if (!isRecord(r) || !isRecord(r.mean)) continue;
        const where = `${source}: benchmark "${String(r.name)}"`;
        const meanNs = printedNumber(String(r.mean.value), `${where}: mean`);
        const sdNs = isRecord(r.standardDeviation)
          ? printedNumber(String(r.standardDeviation.value), `${where}: standardDeviation`)
          : undefined;
        const b: Benchmark = {
          name: String(r.name),
          metrics: {
            time: timeMetric(meanNs * 1e-9, undefined, {
              stddev: sdNs === undefined ? undefined : sdNs * 1e-9,
              n: Number(r.samples) || undefined,
            }),
          },
        };
        if (here) b.group = here;
        out.push(b);
      }
      for (const [key, child] of Object.entries(node))
        if (key !== 'BenchmarkResults' && typeof child === 'object') visit(child, here);
    };
    visit(doc, undefined);
    if (out.length === 0) throw new InputError(`${source}: expected <BenchmarkResults> elements in the Catch2 XML`);
    return out;
  },
};
