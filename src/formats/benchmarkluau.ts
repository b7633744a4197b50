import type { Benchmark } from '../model.js';
import type { FormatAdapter } from './types.js';
import { printedNumber, timeMetric } from './util.js';
import { toSeconds } from './units.js';
import { InputError } from '../errors.js';

// "SUCCESS: base64     :   15.041ms +/-  0.636% on luau" — Luau's bench/bench.py, one line per benchmark and driver.
const LINE = /^SUCCESS:\s*(.+?)\s*:\s*([\d.,]+)\s*(ns|us|µs|ms|s)\s*\+\/-\s*([\d.]+)%\s+on\s+(\S+)\s*$/;

/** Luau's bench/bench.py console output (what github-action-benchmark calls `benchmarkluau`). */
export const benchmarkluau: FormatAdapter = {
  name: 'benchmarkluau',
  aliases: ['luau'],
  description: 'Luau bench/bench.py output ("SUCCESS: name : 15.041ms +/- 0.636% on luau")',
  detect: ({ json, text }) => json === undefined && text.split('\n').some((l) => LINE.test(l.trim())),
  parse({ text, source }) {
    const rows: { name: string; driver: string; seconds: number; rel: number }[] = [];
    text.split('\n').forEach((raw, i) => {
      const m = LINE.exec(raw.trim());
      if (!m) return;
      const where = `${source}: line ${i + 1}`;
      rows.push({
        name: m[1]!,
        driver: m[5]!,
        seconds: toSeconds(printedNumber(m[2]!, where), m[3]!, where),
        rel: Number(m[4]) / 100,
      });
    });
    if (rows.length === 0) throw new InputError(`${source}: expected lines like "SUCCESS: name : 15.041ms +/- 0.636% on luau"`);
    // With several drivers (luau, luau-jit, …) each benchmark runs once per driver: the driver names it.
    const drivers = new Set(rows.map((r) => r.driver));
    return rows.map((r): Benchmark => ({
      name: drivers.size > 1 ? `${r.name} (${r.driver})` : r.name,
      // bench.py prints the standard deviation as a share of the mean.
      metrics: { time: timeMetric(r.seconds, undefined, { stddev: r.rel * r.seconds }) },
    }));
  },
};
