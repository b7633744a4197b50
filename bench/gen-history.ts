/**
 * Writes a large history straight into the on-branch layout (what 5,000 appends would leave), for the
 * history and trend-page benchmarks. Uses the layout's own types and path helpers. `layout: 'chunks'`
 * (the default) is today's layout — chunks and the suite tail, split exactly where that many appends
 * split them; `'months'` is the layout before chunks (monthly series shards), to measure a migration.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  seriesValue,
  CHUNK_POINTS,
  LAYOUT_VERSION,
  PACKED_VERSION,
  Packer,
  TAIL_TURNS,
  benchmarkKey,
  paths,
  type RunLogEntry,
  type SeriesFile,
  type SeriesPoint,
  type SuiteIndex,
  type TailFile,
} from '../src/history/layout.js';
import type { RunRecord } from '../src/history/types.js';
import { rng } from './simulate.js';

export interface GeneratedHistory {
  suite: string;
  runs: number;
  benchmarks: number;
  months: string[];
  files: number;
  bytes: number;
}

export function generateHistory(
  root: string,
  options: {
    benchmarks: number;
    runs: number;
    perMonth: number;
    suite?: string;
    layout?: 'chunks' | 'months';
    /** False: no run files (the trend page never reads them; 5,000 of them are ~0.7 GB). */
    runFiles?: boolean;
  },
): GeneratedHistory {
  const suite = options.suite ?? 'causal gym';
  const random = rng(12345);
  let files = 0;
  let bytes = 0;
  const write = (path: string, text: string) => {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    files++;
    bytes += text.length;
  };
  const names = Array.from(
    { length: options.benchmarks },
    (_, i) => `test_causal_case_${String(i).padStart(4, '0')}[nodes=${10 + (i % 90)}]`,
  );
  const groups = names.map((_, i) => ['causal_inference', 'interventions', 'agreement', 'memory'][i % 4] as string);
  const keys = names.map(benchmarkKey);
  const levels = names.map(() => 1e-5 * Math.exp(random() * 6));
  const monthCount = Math.ceil(options.runs / options.perMonth);
  const months = Array.from({ length: monthCount }, (_, m) => {
    const d = new Date(Date.UTC(2026, 10 - monthCount + 1 + m, 1));
    return d.toISOString().slice(0, 7);
  });
  const index: SuiteIndex = {
    version: LAYOUT_VERSION,
    suite: suite.replace(/[^\w.-]+/g, '_'),
    name: suite,
    updated: '',
    months: [],
    branches: { main: options.runs },
    benchmarks: names.map((name, i) => ({
      key: keys[i] as string,
      name,
      group: groups[i],
      metrics: { time: { unit: 's', direction: 'smaller', limit: 1.1, threshold: null } },
      months: options.layout === 'months' ? months : [],
      last: '',
    })),
    latest: {},
  };
  const chunked = options.layout !== 'months';
  // Every point's value (the spread is 2 % of it) and time, for the chunks written at the end.
  const values = new Float64Array(options.runs * options.benchmarks);
  const times: string[] = [];
  let run = 0;
  for (const month of months) {
    const inMonth = Math.min(options.perMonth, options.runs - run);
    const log: RunLogEntry[] = [];
    const series: SeriesPoint[][] = names.map(() => []);
    for (let k = 0; k < inMonth; k++, run++) {
      const t = new Date(Date.parse(`${month}-01T00:00:00Z`) + k * Math.floor((27 * 86_400_000) / inMonth)).toISOString();
      const sha = (run * 2654435761).toString(16).padStart(40, '0').slice(-40);
      const id = `${t.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${sha.slice(0, 10)}-${run}`;
      const runner = Math.exp((random() - 0.5) * 0.16);
      const record: RunRecord = {
        version: 1,
        suite,
        commit: { sha, message: `Commit number ${run}`, author: 'Ada', url: `https://github.com/o/r/commit/${sha}` },
        branch: 'main',
        event: 'push',
        runId: String(run),
        recordedAt: t,
        // What the run's log entry says its gate said (a recorded run keeps it in its file too): the
        // next push reads the steps it left undecided from here (none) instead of judging it again.
        verdict: 'pass',
        results: {
          benchmarks: names.map((name, i) => {
            const value = (levels[i] as number) * runner * (1 + (random() - 0.5) * 0.04);
            const stddev = value * 0.02;
            if (chunked) values[run * options.benchmarks + i] = value;
            else series[i]!.push({ id, t, branch: 'main', m: { time: seriesValue(value, stddev) } });
            return {
              name,
              group: groups[i],
              metrics: { time: { value, unit: 's', direction: 'smaller' as const, stddev, n: 20 } },
            };
          }),
        },
      };
      if (options.runFiles !== false) write(paths.run(suite, month, id), JSON.stringify(record));
      log.push({
        id,
        sha,
        message: record.commit.message,
        author: 'Ada',
        url: record.commit.url,
        branch: 'main',
        event: 'push',
        runId: String(run),
        recordedAt: t,
        verdict: 'pass',
        flagged: [],
      });
      index.updated = t;
      times.push(t);
      index.latest.main = { id, sha, recordedAt: t, verdict: 'pass', rows: [] };
    }
    write(paths.runLog(suite, month), JSON.stringify({ version: LAYOUT_VERSION, runs: log }));
    if (!chunked)
      names.forEach((name, i) => {
        const file: SeriesFile = { version: LAYOUT_VERSION, name, points: series[i] as SeriesPoint[] };
        write(paths.series(suite, keys[i] as string, month), JSON.stringify(file));
      });
    index.months.push({ month, runs: inMonth });
  }
  if (chunked) {
    // Where `runs` appends leave each benchmark's points: those up to its last turn in chunks of
    // CHUNK_POINTS, the rest in the tail.
    const point = (r: number, i: number): SeriesPoint => {
      const value = values[r * options.benchmarks + i] as number;
      return { t: times[r] as string, branch: 'main', m: { time: seriesValue(value, value * 0.02) } };
    };
    const tailPacker = new Packer();
    const tail: TailFile = { version: PACKED_VERSION, br: tailPacker.br, tb: tailPacker.tb, b: {} };
    index.appends = options.runs;
    index.benchmarks.forEach((b, i) => {
      const turn = parseInt(b.key.slice(-6), 16) % TAIL_TURNS;
      let moved = options.runs;
      while (moved > 0 && moved % TAIL_TURNS !== turn) moved--;
      let chunk = 0;
      for (let start = 0; start < moved; start += CHUNK_POINTS, chunk++) {
        const packer = new Packer();
        const p = [];
        for (let r = start; r < Math.min(moved, start + CHUNK_POINTS); r++) p.push(packer.pack(point(r, i)));
        write(paths.chunk(suite, b.key, chunk), JSON.stringify({ version: PACKED_VERSION, br: packer.br, tb: packer.tb, p }));
      }
      b.chunks = [0, chunk];
      if (moved < options.runs)
        tail.b[b.key] = Array.from({ length: options.runs - moved }, (_, k) => tailPacker.pack(point(moved + k, i)));
    });
    write(paths.tail(suite), JSON.stringify(tail));
  }
  for (const b of index.benchmarks) b.last = index.updated;
  write(paths.index(suite), JSON.stringify(index));
  write(paths.suites(), JSON.stringify({ version: LAYOUT_VERSION, suites: [{ id: index.suite, name: suite }] }));
  return { suite, runs: options.runs, benchmarks: options.benchmarks, months, files, bytes };
}
