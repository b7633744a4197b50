import type { Benchmark, Metric } from '../model.js';
import type { FormatAdapter } from './types.js';
import { isRecord, measurement, timeMetric } from './util.js';
import { InputError } from '../errors.js';

/**
 * BenchmarkTools.jl's saved results (`BenchmarkTools.save("out.json", median(results))`): a header
 * `{"Julia": …, "BenchmarkTools": …}`, then groups `["BenchmarkGroup", {"data": {key: node}}]` whose
 * leaves are `["TrialEstimate", {time, memory, allocs, gctime}]` (times in ns, memory in bytes) or raw
 * `["Trial", {times: [...], memory, allocs}]`. A benchmark's name is its path of keys, joined by "/".
 */
export const julia: FormatAdapter = {
  name: 'julia',
  aliases: ['benchmarktools', 'benchmarktools.jl'],
  description: 'BenchmarkTools.jl saved results (BenchmarkTools.save: TrialEstimate or Trial leaves)',
  detect: ({ json }) => Array.isArray(json) && isRecord(json[0]) && 'BenchmarkTools' in json[0],
  parse({ json, source }) {
    if (!Array.isArray(json) || !Array.isArray(json[1]))
      throw new InputError(`${source}: expected [header, [groups…]] as BenchmarkTools.save writes it`);
    const out: Benchmark[] = [];
    const walk = (node: unknown, path: string[], where: string): void => {
      if (!Array.isArray(node) || typeof node[0] !== 'string' || !isRecord(node[1]))
        throw new InputError(`${where}: expected ["BenchmarkGroup" | "TrialEstimate" | "Trial", {…}]`);
      const [kind, body] = node as [string, Record<string, unknown>];
      if (kind === 'BenchmarkGroup') {
        if (!isRecord(body.data)) throw new InputError(`${where}: expected a BenchmarkGroup with "data"`);
        for (const [key, child] of Object.entries(body.data)) walk(child, [...path, key], `${where}.data["${key}"]`);
        return;
      }
      if (kind !== 'TrialEstimate' && kind !== 'Trial')
        throw new InputError(`${where}: expected a BenchmarkGroup, TrialEstimate or Trial, got "${kind}"`);
      if (path.length === 0) throw new InputError(`${where}: a ${kind} outside any group has no name`);
      let time: Metric;
      if (kind === 'Trial') {
        if (!Array.isArray(body.times) || body.times.length === 0)
          throw new InputError(`${where}: expected "times", a list of ns`);
        const samples = body.times.map((t, i) => measurement(t, `${where}.times[${i}]`) * 1e-9);
        const sorted = [...samples].sort((a, b) => a - b);
        time = timeMetric(sorted[Math.floor(sorted.length / 2)]!, samples);
      } else time = timeMetric(measurement(body.time, `${where}.time`) * 1e-9);
      const metrics: Record<string, Metric> = { time };
      if (body.memory !== undefined)
        metrics.memory_alloc = { value: measurement(body.memory, `${where}.memory`), unit: 'bytes', direction: 'smaller' };
      if (body.allocs !== undefined)
        metrics.allocs = { value: measurement(body.allocs, `${where}.allocs`), unit: 'allocs', direction: 'smaller' };
      out.push({ name: path.join('/'), metrics });
    };
    json[1].forEach((g, i) => walk(g, [], `${source}: [1][${i}]`));
    if (out.length === 0) throw new InputError(`${source}: expected at least one TrialEstimate or Trial`);
    return out;
  },
};
