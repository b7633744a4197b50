import type { ResultSet } from '../model.js';
import type { FlagEntry, OpenRegression, RecordedRunner } from './wire.js';

export type { FlagEntry, OpenRegression, RecordedRunner } from './wire.js';

/** One run as history keeps it: who/what/where, and the normalized results. */
export interface RunRecord {
  version: 1;
  suite: string;
  commit: { sha: string; message?: string; author?: string; timestamp?: string; url?: string };
  branch?: string;
  event?: string;
  runId?: string;
  /**
   * What makes a rerun the same run: repository, workflow run id, job, suite and testbed — never the
   * attempt. A run appended with the identity of a stored run replaces it (re-running a job that
   * failed on a regression must not count the commit twice).
   */
  identity?: string;
  environment?: Record<string, string | number>;
  /**
   * Where it ran: the `testbed` input, by default `<runner OS>-<arch>` ("Linux-X64"). Baselines and
   * charts are per suite × testbed. Runs recorded before testbeds existed have none (see testbedOf).
   */
  testbed?: string;
  /** ISO time the run was recorded; orders the history. */
  recordedAt: string;
  results: ResultSet;
  /** What the gate said about this run (kept in the run file so a rebuild of the derived files keeps it). */
  verdict?: string;
  flagged?: FlagEntry[];
  /** The runner the gate read for this run (absent where it read none). */
  runner?: RecordedRunner;
}

/** What the decision said about a run, kept with it for the charts. */
export interface RunAnnotations {
  verdict?: string;
  rows?: (FlagEntry & {
    base?: number | null;
    limit?: number | null;
    threshold?: number | null;
    fails?: boolean;
    settled?: boolean;
  })[];
  runner?: RecordedRunner;
  /** The branch's open regressions as of this run (the trend page lists its branch's newest). */
  open?: OpenRegression[];
}

export interface LoadQuery {
  suite: string;
  /** Only runs of this branch (all branches when absent). */
  branch?: string;
  /** The newest `limit` runs. */
  limit: number;
  /** Only runs of this testbed, and runs recorded before testbeds existed (which have none). */
  testbed?: string;
  /**
   * Commits that end the window (a pull request's merge-base or base commit): when history has a run
   * of one of them, the window is the `limit` runs up to and including the newest such run.
   */
  untilShas?: string[];
  /**
   * The caller appends a run of this suite next: a store that fetches may read what the append needs
   * (the tail, the chunks of its turn) in the same round as the runs. Changes nothing that is returned.
   */
  beforeAppend?: boolean;
}

/**
 * Where prior runs live. A few methods, so the pipeline is testable with one in-memory fake and each
 * real store (gh-pages branch, Actions cache, local directory) is tested against the real thing.
 */
export interface HistoryStore {
  /** Runs matching the query, oldest first. Unreadable entries are skipped with a warning, never fatal. */
  load(query: LoadQuery): Promise<RunRecord[]>;
  /**
   * Adds one run (with what the gate said about it, for the charts); never rewrites other runs.
   * Resolves to whether the run is now stored where this store promises (false: kept only locally,
   * e.g. the cache service was unavailable), so the log never claims what did not happen.
   */
  append(run: RunRecord, annotations?: RunAnnotations): Promise<boolean>;
}

export type Warn = (message: string) => void;

/**
 * The history's remote refused this job's write for lack of permission (HTTP 401/403, a read-only
 * token). Typed, so the pipeline can say what to fix without matching message text.
 */
export class HistoryWriteDenied extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HistoryWriteDenied';
  }
}

/**
 * A stored run's testbed: its own, else the runner OS and architecture it kept ("Linux-X64"), else
 * undefined (a run from before testbeds, of the CLI without a runner), which any testbed may use.
 */
export function testbedOf(run: Pick<RunRecord, 'testbed' | 'environment'>): string | undefined {
  if (run.testbed) return run.testbed;
  const { os, arch } = run.environment ?? {};
  return os && arch ? `${os}-${arch}` : undefined;
}
