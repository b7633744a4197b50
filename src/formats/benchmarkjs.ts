import type { Benchmark } from '../model.js';
import type { FormatAdapter } from './types.js';
import { printedNumber, timeMetric } from './util.js';
import { InputError } from '../errors.js';

// "fib(20) x 11,465 ops/sec ±1.12% (91 runs sampled)" — String(event.target) in benchmark.js.
const LINE = /^(.+?) x ([\d,]+(?:\.\d+)?) ops\/sec (?:±|\+-|\+\/-)\s*([\d.]+)% \((\d+) runs? sampled\)\s*$/;

/** benchmark.js console output. */
export const benchmarkjs: FormatAdapter = {
  name: 'benchmarkjs',
  aliases: ['benchmark.js'],
  description: 'benchmark.js console output ("name x N ops/sec ±p% (n runs sampled)")',
  detect: ({ json, text }) => json === undefined && text.split('\n').some((l) => LINE.test(l.trim())),
  parse({ text, source }) {
    const out: Benchmark[] = [];
    text.split('\n').forEach((raw, i) => {
      const m = LINE.exec(raw.trim());
      if (!m) return;
      const where = `${source}: line ${i + 1}`;
      const ops = printedNumber(m[2]!, where);
      if (ops <= 0) throw new InputError(`${where}: expected a positive ops/sec, got ${m[2]}`);
      const seconds = 1 / ops;
      const runs = Number(m[4]);
      // benchmark.js prints the relative margin of error at 95 %; keep it as a standard deviation.
      const rme = Number(m[3]) / 100;
      const stddev = ((rme * seconds) / 1.96) * Math.sqrt(runs);
      out.push({ name: m[1]!, metrics: { time: timeMetric(seconds, undefined, { stddev, n: runs }) } });
    });
    if (out.length === 0)
      throw new InputError(`${source}: expected benchmark.js lines like "name x 1,234 ops/sec ±1.00% (90 runs sampled)"`);
    return out;
  },
};
