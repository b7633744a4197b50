import { InputError } from '../errors.js';
import type { Benchmark, Metric } from '../model.js';
import type { FormatAdapter } from './types.js';
import { freeMetric, mean, printedNumber } from './util.js';
import { parseRateUnit, rateToSecondsPerOp } from './units.js';

// BenchmarkName/sub=1-8   	  20000	  458.8 ns/op	  312 B/op	  10 allocs/op	 1.000 accuracy
const LINE = /^(Benchmark\S*?)(?:-(\d+))?\s+(\d+)\s+(\S.*)$/;

interface Row {
  pkg: string;
  name: string;
  procs?: number;
  values: Map<string, number>;
}

/** The metric a Go unit maps to: ns/op → time, B/op → memory_alloc, allocs/op, MB/s, else custom. */
function goMetric(unit: string): { key: string; unit: string; direction: 'smaller' | 'bigger' } | undefined {
  if (unit === 'B/op') return { key: 'memory_alloc', unit: 'bytes', direction: 'smaller' };
  if (unit === 'allocs/op') return { key: 'allocs', unit: 'allocs/op', direction: 'smaller' };
  if (unit === 'MB/s') return { key: 'throughput', unit: 'MB/s', direction: 'bigger' };
  return undefined;
}

/** `go test -bench` text: repeated `-count` lines become samples, every unit on a line a metric. */
export const goBench: FormatAdapter = {
  name: 'go',
  aliases: ['gotest'],
  description: 'go test -bench output (several packages, -count repetitions, custom ReportMetric units)',
  detect: ({ json, text }) => json === undefined && /^Benchmark\S*\s+\d+\s+[\d.]+ ns\/op/m.test(text),
  parse({ text, source }) {
    const rows: Row[] = [];
    let pkg = '';
    text.split('\n').forEach((line, i) => {
      const pkgLine = /^pkg: (\S+)/.exec(line);
      if (pkgLine) pkg = pkgLine[1]!;
      const m = LINE.exec(line.trimEnd());
      if (!m) return;
      const where = `${source}: line ${i + 1}`;
      const fields = m[4]!.trim().split(/\s+/);
      if (fields.length % 2 !== 0) throw new InputError(`${where}: expected "value unit" pairs after the iteration count`);
      const values = new Map<string, number>();
      for (let k = 0; k < fields.length; k += 2) {
        const v = printedNumber(fields[k]!, `${where}: "${fields[k + 1]}"`);
        if (!Number.isFinite(v)) throw new InputError(`${where}: expected a finite value for ${fields[k + 1]}`);
        values.set(fields[k + 1]!, v);
      }
      rows.push({ pkg, name: m[1]!, procs: m[2] ? Number(m[2]) : undefined, values });
    });
    if (rows.length === 0) throw new InputError(`${source}: expected "BenchmarkX-N  iterations  value ns/op" lines`);

    // A benchmark name that occurs in two packages is qualified by its package.
    const pkgsByName = new Map<string, Set<string>>();
    for (const r of rows) pkgsByName.set(r.name, (pkgsByName.get(r.name) ?? new Set()).add(r.pkg));
    const grouped = new Map<string, Row[]>();
    for (const r of rows) {
      const key = (pkgsByName.get(r.name)!.size > 1 ? `${r.pkg}.` : '') + r.name;
      grouped.set(key, [...(grouped.get(key) ?? []), r]);
    }

    return [...grouped].map(([name, runs]): Benchmark => {
      const metrics: Record<string, Metric> = {};
      const units = new Set(runs.flatMap((r) => [...r.values.keys()]));
      for (const unit of units) {
        const values = runs.map((r) => r.values.get(unit)).filter((v): v is number => v !== undefined);
        const rate = parseRateUnit(unit);
        if (rate && !rate.throughput && unit.endsWith('/op') && /^(ns|us|µs|ms|s)\/op$/.test(unit)) {
          const samples = values.map((v) => rateToSecondsPerOp(v, rate));
          if (samples.some((s) => s < 0))
            throw new InputError(`${source}: benchmark "${name}": expected a non-negative time, got a negative ${unit}`);
          metrics.time = { value: mean(samples), unit: 's', direction: 'smaller', ...(samples.length > 1 ? { samples } : {}) };
          continue;
        }
        const known = goMetric(unit);
        if (known) {
          metrics[known.key] = {
            value: mean(values),
            unit: known.unit,
            direction: known.direction,
            ...(values.length > 1 ? { samples: values } : {}),
          };
          continue;
        }
        const [key, metric] = freeMetric(unit, mean(values), unit.includes('/') ? unit : '', values);
        metrics[key] = metric;
      }
      const b: Benchmark = { name, metrics };
      if (runs[0]!.pkg) b.group = runs[0]!.pkg;
      if (runs[0]!.procs !== undefined) b.params = { procs: runs[0]!.procs };
      return b;
    });
  },
};
