/**
 * The trend page's contract with the history: the files' wire types and the page's URL hash. Imported
 * by src/ (which writes the files and links to the page) and by site/ (which reads them), so both sides
 * compile against one definition. Browser-safe: no Node imports (type-only imports vanish in the bundle).
 */
import type { Direction } from '../model.js';

export const LAYOUT_VERSION = 1;

export interface FlagEntry {
  benchmark: string;
  metric: string;
  status: string;
  /** The engine's change (runner-corrected). */
  ratio?: number | null;
  /** The change as measured (head ÷ baseline), when it differs from `ratio`. */
  measured?: number | null;
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
  /** Per branch, the notable rows of its newest run (the site's "recent changes" list). */
  latest: Record<string, { id: string; sha: string; recordedAt: string; verdict?: string; rows: FlagEntry[] }>;
}

export interface BenchmarkEntry {
  key: string;
  name: string;
  group?: string;
  metrics: Record<string, { unit: string; direction: Direction; limit?: number | null; threshold?: number | null }>;
  months: string[];
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

/** One run in a benchmark's chart. Kept small: series files are rewritten on every append. */
export interface SeriesPoint {
  /** The run id (`<time>-<sha prefix>-<run>`); the run log has the commit's details. */
  id: string;
  t: string;
  branch?: string;
  /** The run's testbed; absent for runs recorded before testbeds. */
  tb?: string;
  m: Record<string, SeriesValue>;
  /** metric → status for rows the gate flagged */
  f?: Record<string, string>;
}

export interface SeriesFile {
  version: number;
  name: string;
  points: SeriesPoint[];
}

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
