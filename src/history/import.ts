/**
 * Reads the history of github-action-benchmark (`dev/bench/data.js` on its gh-pages branch, or its
 * `external-data-json-path` file) into run records, so a team that switches keeps its trend lines.
 * Pure: text in, records out.
 */
import { InputError } from '../errors.js';
import type { Benchmark } from '../model.js';
import { mapPeerFigure, type PeerBench } from '../formats/peer.js';
import { parseJsonText } from '../formats/util.js';
import type { RunRecord } from './types.js';

interface PeerEntry {
  commit: { id: string; message?: string; timestamp?: string; url?: string; author?: { name?: string; username?: string } };
  date: number;
  tool: string;
  benches: PeerBench[];
}

/**
 * Older github-action-benchmark Go histories keep -benchmem's other figures in the unit
 * ("ns/op\t 1.000 extra/op\t 6 B/op\t 0 allocs/op"): the first unit is the value's, the rest are
 * value-unit pairs of their own, read as the Go parser reads them.
 */
export function splitPeerUnit(bench: PeerBench): PeerBench[] {
  const parts = bench.unit.split('\t').map((p) => p.trim());
  if (parts.length < 2) return [bench];
  const out: PeerBench[] = [{ ...bench, unit: parts[0]! }];
  for (const part of parts.slice(1)) {
    const m = /^(-?[\d.]+(?:e[-+]?\d+)?)\s+(\S+)$/i.exec(part);
    if (m && Number.isFinite(Number(m[1]))) out.push({ name: bench.name, value: Number(m[1]), unit: m[2]! });
  }
  return out;
}

export interface ImportOutcome {
  runs: RunRecord[];
  /** Figures without a number (github-action-benchmark writes null for a failed benchmark): skipped. */
  skipped: number;
}

/** The peer's data.js (`window.BENCHMARK_DATA = {...}`) or its plain JSON file → our run records, oldest first per suite. */
export function importBenchmarkActionData(text: string, source: string, options: { branch?: string } = {}): RunRecord[] {
  return importBenchmarkActionHistory(text, source, options).runs;
}

/** importBenchmarkActionData with the count of skipped figures, for the CLI's warning. */
export function importBenchmarkActionHistory(text: string, source: string, options: { branch?: string } = {}): ImportOutcome {
  let skipped = 0;
  const json = text.replace(/^\s*window\.BENCHMARK_DATA\s*=\s*/, '').replace(/;\s*$/, '');
  const data = parseJsonText(json, source) as { entries?: Record<string, PeerEntry[]>; repoUrl?: string };
  if (!data || typeof data !== 'object' || typeof data.entries !== 'object' || data.entries === null) {
    throw new InputError(
      `${source}: expected github-action-benchmark data with an "entries" object (window.BENCHMARK_DATA = {...})`,
    );
  }
  const runs: RunRecord[] = [];
  for (const [suite, entries] of Object.entries(data.entries)) {
    if (!Array.isArray(entries)) throw new InputError(`${source}: entries["${suite}"]: expected an array of runs`);
    entries.forEach((entry, i) => {
      const where = `${source}: entries["${suite}"][${i}]`;
      if (!entry?.commit?.id || !Array.isArray(entry.benches) || typeof entry.date !== 'number') {
        throw new InputError(`${where}: expected {commit: {id}, date, tool, benches: [...]}`);
      }
      const byName = new Map<string, Benchmark>();
      entry.benches.forEach((bench, j) => {
        if (typeof bench?.name === 'string' && (bench.value === null || bench.value === undefined)) {
          skipped++;
          return;
        }
        if (typeof bench?.name !== 'string' || typeof bench.value !== 'number' || !Number.isFinite(bench.value)) {
          throw new InputError(`${where}.benches[${j}]: expected {name, value: number, unit}`);
        }
        for (const figure of splitPeerUnit({ ...bench, unit: String(bench.unit ?? '') })) {
          const { key, metric, name } = mapPeerFigure(figure, entry.tool);
          const b = byName.get(name) ?? { name, metrics: {} };
          b.metrics[key] = metric;
          byName.set(name, b);
        }
      });
      runs.push({
        version: 1,
        suite,
        commit: {
          sha: entry.commit.id,
          message: entry.commit.message,
          author: entry.commit.author?.name ?? entry.commit.author?.username,
          timestamp: entry.commit.timestamp,
          url: entry.commit.url,
        },
        branch: options.branch,
        event: 'import',
        runId: `import-${i}`,
        recordedAt: new Date(entry.date).toISOString(),
        results: { benchmarks: [...byName.values()], run: { tool: entry.tool } },
      });
    });
  }
  return { runs, skipped };
}
