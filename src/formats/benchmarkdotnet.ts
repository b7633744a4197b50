import { InputError } from '../errors.js';
import type { Benchmark, Metric } from '../model.js';
import type { FormatAdapter } from './types.js';
import { isRecord, measurement } from './util.js';

/** BenchmarkDotNet JSON exporters (`*-report-full.json`, brief or compressed): nanoseconds per op. */
export const benchmarkDotNet: FormatAdapter = {
  name: 'benchmarkdotnet',
  aliases: ['bdn'],
  description: 'BenchmarkDotNet JSON exporter output (report-full / brief / compressed)',
  detect: ({ json }) => isRecord(json) && isRecord(json.HostEnvironmentInfo) && Array.isArray(json.Benchmarks),
  parse({ json, source }) {
    if (!isRecord(json) || !Array.isArray(json.Benchmarks)) {
      throw new InputError(`${source}: expected BenchmarkDotNet JSON with a "Benchmarks" array`);
    }
    return json.Benchmarks.map((raw, i): Benchmark => {
      if (!isRecord(raw) || !isRecord(raw.Statistics)) {
        throw new InputError(`${source}: Benchmarks[${i}]: expected an object with "Statistics"`);
      }
      const method = typeof raw.Method === 'string' ? raw.Method : `#${i}`;
      const base = typeof raw.FullName === 'string' ? raw.FullName : `${String(raw.Type)}.${method}`;
      const name = typeof raw.Parameters === 'string' && raw.Parameters ? `${base}(${raw.Parameters})` : base;
      const at = `${source}: benchmark "${name}"`;
      const st = raw.Statistics;
      const samples = Array.isArray(st.OriginalValues)
        ? st.OriginalValues.map((v, k) => measurement(v, `${at}: Statistics.OriginalValues[${k}]`) * 1e-9)
        : undefined;
      const metrics: Record<string, Metric> = {
        time: { value: measurement(st.Mean, `${at}: Statistics.Mean`) * 1e-9, unit: 's', direction: 'smaller' },
      };
      if (samples && samples.length > 0) metrics.time!.samples = samples;
      else if (typeof st.StandardDeviation === 'number') {
        metrics.time!.stddev = st.StandardDeviation * 1e-9;
        metrics.time!.n = Number(st.N) || undefined;
      }
      if (isRecord(raw.Memory) && typeof raw.Memory.BytesAllocatedPerOperation === 'number') {
        metrics.memory_alloc = { value: raw.Memory.BytesAllocatedPerOperation, unit: 'bytes', direction: 'smaller' };
      }
      const b: Benchmark = { name, metrics };
      if (typeof raw.Type === 'string') b.group = typeof raw.Namespace === 'string' ? `${raw.Namespace}.${raw.Type}` : raw.Type;
      return b;
    });
  },
};
