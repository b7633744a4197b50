import { InputError } from '../errors.js';
import type { Benchmark } from '../model.js';
import type { FormatAdapter } from './types.js';
import { printedNumber, timeMetric } from './util.js';
import { toSeconds } from './units.js';

// test build_10 ... bench:          75.60 ns/iter (+/- 3.01)   [= 123 MB/s]
const LINE = /^test (\S+)\s+\.\.\. bench:\s+([\d,.]+) (\w+)\/iter \(\+\/- ([\d,.]+)\)(?:\s*=\s*([\d,.]+) MB\/s)?/;

/** libtest `cargo bench` output, also what criterion prints with `--output-format bencher`. */
export const cargoBench: FormatAdapter = {
  name: 'cargo',
  aliases: ['bencher', 'criterion-bencher'],
  description: 'cargo bench / criterion --output-format bencher ("test x ... bench: N ns/iter (+/- d)")',
  detect: ({ json, text }) => json === undefined && /^test \S+\s+\.\.\. bench:/m.test(text),
  parse({ text, source }) {
    const out: Benchmark[] = [];
    text.split('\n').forEach((line, i) => {
      const m = LINE.exec(line.trim());
      if (!m) return;
      const where = `${source}: line ${i + 1}`;
      const seconds = toSeconds(printedNumber(m[2]!, where), m[3]!, where);
      // libtest's "+/-" is the spread (max − min) of its trimmed per-iteration samples, not a deviation;
      // a range of ±2σ is the closest honest reading. The output gives no sample count, so none is
      // claimed (a count would shrink the figure's standard error on evidence nobody printed).
      const spread = toSeconds(printedNumber(m[4]!, where), m[3]!, where);
      const b: Benchmark = { name: m[1]!, metrics: { time: timeMetric(seconds, undefined, { stddev: spread / 4 }) } };
      if (m[5]) b.metrics.throughput = { value: printedNumber(m[5], where), unit: 'MB/s', direction: 'bigger' };
      out.push(b);
    });
    if (out.length === 0) throw new InputError(`${source}: expected lines like "test name ... bench: 1,234 ns/iter (+/- 5)"`);
    return out;
  },
};
