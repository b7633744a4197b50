/**
 * The trend page's contract with the history: the files' wire types and the page's URL hash. Imported
 * by src/ (which writes the files and links to the page) and by site/ (which reads them), so both sides
 * compile against one definition. Browser-safe: no Node imports (type-only imports vanish in the bundle).
 */
import type { Direction, OpenRegression } from '../model.js';

export type { OpenRegression } from '../model.js';

export const LAYOUT_VERSION = 1;
/** The version of the packed series files (chunks and the suite tail); the rest of the layout is version 1. */
export const PACKED_VERSION = 2;

export interface FlagEntry {
  benchmark: string;
  metric: string;
  status: string;
  /** The engine's change (runner-corrected). */
  ratio?: number | null;
  /** The change as measured (head ÷ baseline), when it differs from `ratio`. */
  measured?: number | null;
  /** Who accepted this change and how ("alice, commit trailer Perf-Accepted: parse_*"). */
  accepted?: string;
  /**
   * An inconclusive row its one run could not decide (the engine's `settled: false`): a later push of
   * the branch may confirm its step. Its `measured` is then always kept (decide()'s `recorded`).
   */
  pending?: true;
  /**
   * The figure the gate judged, where it pooled several same-job runs (re-measurement): the stored run
   * is only the first of them, which may have been a spike on top of the step. A judged step's level
   * is read from this figure (decide()'s `judged`).
   */
  value?: number;
}

/** What the gate read of a run's machine (decide()'s RunnerShift), kept for the next push's confirmation. */
export interface RecordedRunner {
  shift: number;
  applied: number;
  unusual: boolean;
  /** RunnerShift's slower_odds: the next push multiplies its own with it. */
  slower?: number;
  /** RunnerShift's lower_odds: likewise, where the slower machine was the reading chosen. */
  lower?: number;
}

export interface SuiteIndex {
  version: number;
  suite: string;
  name: string;
  updated: string;
  months: { month: string; runs: number }[];
  branches: Record<string, number>;
  /** Runs per testbed (absent in indexes written before testbeds). */
  testbeds?: Record<string, number>;
  benchmarks: BenchmarkEntry[];
  /** Appends so far (turns the rotation that moves tail points into chunks); absent before chunks. */
  appends?: number;
  /** Per branch, the notable rows of its newest run (the site's "recent changes" list). */
  latest: Record<
    string,
    { id: string; sha: string; recordedAt: string; verdict?: string; rows: FlagEntry[]; open?: OpenRegression[] }
  >;
}

export interface BenchmarkEntry {
  key: string;
  name: string;
  group?: string;
  metrics: Record<string, { unit: string; direction: Direction; limit?: number | null; threshold?: number | null }>;
  /** Months that have a monthly series shard (layout before chunks; read, no longer written). */
  months: string[];
  /** The chunk files that exist, ids `from` ≤ id < `to` (`series/<key>/c<id>.json`); absent before chunks. */
  chunks?: [number, number];
  /** The month (yyyy-mm) of its newest run, what retention reads; indexes written before hold that run's time. */
  last: string;
}

export interface RunLogEntry {
  id: string;
  sha: string;
  message?: string;
  author?: string;
  timestamp?: string;
  url?: string;
  branch?: string;
  event?: string;
  runId?: string;
  /** The rerun identity (see RunRecord.identity). */
  identity?: string;
  /** Where it ran (RunRecord.testbed); absent for runs recorded before testbeds. */
  testbed?: string;
  recordedAt: string;
  verdict?: string;
  flagged?: FlagEntry[];
}

/** [value, spread of the samples (1 σ) or null, baseline value or null]; trailing nulls are left out. */
export type SeriesValue = [number, (number | null)?, (number | null)?];

/** One run in a benchmark's chart, as the page and the writer use it (packed on disk, see PackedSeries). */
export interface SeriesPoint {
  /** The run id (`<time>-<sha prefix>-<run>`), in monthly shards only; packed points are found by `t` and `tb`. */
  id?: string;
  t: string;
  branch?: string;
  /** The run's testbed; absent for runs recorded before testbeds. */
  tb?: string;
  m: Record<string, SeriesValue>;
  /** metric → status for rows the gate flagged */
  f?: Record<string, string>;
}

/** A monthly series shard (the layout before chunks): still read, no longer written. */
export interface SeriesFile {
  version: number;
  name: string;
  points: SeriesPoint[];
}

/**
 * A point on disk: [recordedAt in ms, branch (index into the file's `br`), testbed (into `tb`), values,
 * flags]. The run's id, commit and message are in the run log, found by recordedAt and testbed.
 */
export type PackedPoint = [number, number, number, Record<string, SeriesValue>, Record<string, string>?];

/**
 * Points packed with their branch and testbed names written once. A benchmark's chunk
 * (`series/<key>/c<id>.json`, at most CHUNK_POINTS points) and the suite's tail (`tail.json`: every
 * benchmark's newest points, keyed by benchmark key) are both made of these.
 */
export interface PackedSeries {
  version: number;
  br: (string | null)[];
  tb: (string | null)[];
  p: PackedPoint[];
}
export interface TailFile {
  version: number;
  br: (string | null)[];
  tb: (string | null)[];
  b: Record<string, PackedPoint[]>;
}

/** A chunk is sealed at this many points; older chunks are never written again. */
export const CHUNK_POINTS = 256;

/** Where a benchmark's points are, relative to the suite's folder (oldest first; the tail last). */
export function seriesFiles(entry: Pick<BenchmarkEntry, 'key' | 'months' | 'chunks'>): string[] {
  const files = entry.months.map((m) => `series/${entry.key}/${m}.json`);
  const [from, to] = entry.chunks ?? [0, 0];
  for (let id = from; id < to; id++) files.push(chunkFile(entry.key, id));
  return files;
}
export const chunkFile = (key: string, id: number) => `series/${key}/c${id}.json`;
/** The id of a chunk's file name (`c<id>.json`, chunkFile's), or undefined for any other name. */
export const chunkIdOf = (name: string): number | undefined => {
  const id = /^c(\d+)\.json$/.exec(name)?.[1];
  return id === undefined ? undefined : Number(id);
};
export const TAIL_FILE = 'tail.json';

/** Points packed with shared branch and testbed tables (one table pair per file). */
export class Packer {
  readonly br: (string | null)[] = [];
  readonly tb: (string | null)[] = [];
  private ref(table: (string | null)[], name: string | undefined): number {
    const value = name ?? null;
    let i = table.indexOf(value);
    if (i < 0) i = table.push(value) - 1;
    return i;
  }
  pack(point: SeriesPoint): PackedPoint {
    const packed: PackedPoint = [Date.parse(point.t), this.ref(this.br, point.branch), this.ref(this.tb, point.tb), point.m];
    if (point.f && Object.keys(point.f).length) packed.push(point.f);
    return packed;
  }
}

export function unpack(points: PackedPoint[], br: (string | null)[], tb: (string | null)[]): SeriesPoint[] {
  return points.map(([t, b, d, m, f]) => {
    const point: SeriesPoint = { t: new Date(t).toISOString(), m };
    const branch = br[b];
    const testbed = tb[d];
    if (branch != null) point.branch = branch;
    if (testbed != null) point.tb = testbed;
    if (f) point.f = f;
    return point;
  });
}

/** The points of any series file (a monthly shard or a chunk). */
export function pointsOf(file: SeriesFile | PackedSeries): SeriesPoint[] {
  return 'p' in file ? unpack(file.p, file.br, file.tb) : file.points;
}

/** Same run: the same recording time and testbed (packed points carry no id). */
export const samePoint = (a: Pick<SeriesPoint, 't' | 'tb'>, b: Pick<SeriesPoint, 't' | 'tb'>) =>
  Date.parse(a.t) === Date.parse(b.t) && (a.tb ?? null) === (b.tb ?? null);

/** Oldest first; ties by testbed, so every reader puts equal times in one order. */
export const byTime = (a: SeriesPoint, b: SeriesPoint) =>
  Date.parse(a.t) - Date.parse(b.t) || (a.tb ?? '').localeCompare(b.tb ?? '');

/** What the page's address says: `#suite=…&branch=…&q=…&log=1&b=<benchmark key>&tb=<testbed>`. */
export interface TrendState {
  suite: string;
  branch: string;
  q: string;
  log: boolean;
  /** A benchmark's key (history/layout's benchmarkKey), scrolled to and highlighted. */
  b: string;
  /** The testbed whose runs are charted (empty: the one with the most runs). */
  tb: string;
}

/** The hash (without "#") for a state; empty fields are left out. */
export function trendHash(state: Partial<TrendState>): string {
  const p = new URLSearchParams();
  if (state.suite) p.set('suite', state.suite);
  if (state.branch) p.set('branch', state.branch);
  if (state.q) p.set('q', state.q);
  if (state.log) p.set('log', '1');
  if (state.b) p.set('b', state.b);
  if (state.tb) p.set('tb', state.tb);
  return p.toString();
}

export function readTrendHash(hash: string): TrendState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  return {
    suite: p.get('suite') ?? '',
    branch: p.get('branch') ?? '',
    q: p.get('q') ?? '',
    log: p.get('log') === '1',
    b: p.get('b') ?? '',
    tb: p.get('tb') ?? '',
  };
}
