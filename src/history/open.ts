/**
 * The one place that knows the concrete stores: turns a storage choice into the store a baseline is
 * read from, the stores a run is written to, and the words the log uses for them.
 */
import type { Clock } from '../io/clock.js';
import type { GitAuth } from '../io/git.js';
import type { CacheStore } from './cache.js';
import type { GhPagesStore } from './gh-pages.js';
import type { Retention } from './layout.js';
import { LocalDirectoryStore } from './local.js';
import type { HistoryStore, Warn } from './types.js';

export type Storage = 'auto' | 'gh-pages' | 'cache' | 'both' | 'none' | 'local';

export interface HistorySpec {
  storage: Storage;
  retention?: Retention;
  clock?: Clock;
  warn: Warn;
  /** The trend page's files, written with the data (branch and local stores). */
  site?: () => Promise<Map<string, string | Buffer>>;
  /** Whether this run will be recorded; in `auto` mode a missing branch is then started by it. */
  record: boolean;
  /** The history branch (`gh-pages`, `both`, `auto`). */
  branch?: {
    url: string;
    name: string;
    dir: string;
    auth: () => Promise<GitAuth>;
    pushTimeoutMs?: number;
    workDir?: string;
    /** Where the branch's trend page is published (GitHub Pages), when known. */
    pageUrl?: string;
  };
  /** The Actions cache (`cache`, `both`, `auto`): the directory it restores into, the branch a baseline reads. */
  cache?: { dir: string; restoreBranch?: string };
  /** A directory on this machine (`local`: the CLI and the demo). */
  local?: { dir: string };
  /** The trend page's address, when the user gave it; wins over `branch.pageUrl`. */
  trendUrl?: string;
}

export interface History {
  /** The store a baseline is read from; absent when there is no history (`none`). */
  read?: HistoryStore;
  /** The stores a recorded run goes to, each with the words the log uses for it. */
  write: { where: string; store: HistoryStore }[];
  /** Where the baseline comes from, for the log ("gh-pages branch", "Actions cache"). */
  describe: string;
  /** The trend page for this history, when it has a public address. */
  trendUrl?: string;
  /** Releases temporary clones; safe to call twice. */
  close(): Promise<void>;
}

const NONE: History = { write: [], describe: 'none', close: async () => {} };

export async function openHistory(spec: HistorySpec): Promise<History> {
  const { retention, clock, warn, site } = spec;
  if (spec.storage === 'none') return NONE;
  if (spec.storage === 'local') {
    if (!spec.local) throw new Error('openHistory: storage "local" needs local.dir');
    const store = new LocalDirectoryStore(spec.local.dir, { retention, clock, site, warn });
    return {
      read: store,
      write: [{ where: spec.local.dir, store }],
      describe: spec.local.dir,
      trendUrl: spec.trendUrl,
      close: async () => {},
    };
  }
  // The cache library and git code load only when this history uses them (a faster cold start).
  const cache = async (): Promise<CacheStore> => {
    if (!spec.cache) throw new Error(`openHistory: storage "${spec.storage}" needs cache.dir`);
    const { CacheStore } = await import('./cache.js');
    return new CacheStore({ dir: spec.cache.dir, restoreBranch: spec.cache.restoreBranch, retention, clock, warn });
  };
  if (spec.storage === 'cache') {
    const c = await cache();
    return {
      read: c,
      write: [{ where: 'Actions cache', store: c }],
      describe: 'Actions cache',
      trendUrl: spec.trendUrl,
      close: async () => {},
    };
  }
  const b = spec.branch;
  if (!b) throw new Error(`openHistory: storage "${spec.storage}" needs a branch`);
  const { GhPagesStore } = await import('./gh-pages.js');
  const pages: GhPagesStore = new GhPagesStore({
    url: b.url,
    branch: b.name,
    dir: b.dir,
    auth: await b.auth(),
    retention,
    clock,
    pushTimeoutMs: b.pushTimeoutMs,
    site,
    workDir: b.workDir,
    warn,
  });
  const onBranch = { where: `${b.name} branch`, store: pages };
  const opened = (read: HistoryStore, write: History['write'], describe: string): History => ({
    read,
    write,
    describe,
    trendUrl: spec.trendUrl ?? b.pageUrl,
    close: () => pages.close(),
  });
  if (spec.storage === 'gh-pages') return opened(pages, [onBranch], onBranch.where);
  if (spec.storage === 'both') {
    const c = await cache();
    return opened(pages, [onBranch, { where: 'Actions cache', store: c }], `${b.name} branch and Actions cache`);
  }
  // auto: the branch when it exists (or this run can create it), else the cache.
  if (await pages.exists().catch(() => false)) return opened(pages, [onBranch], onBranch.where);
  const c = await cache();
  const inCache = { where: 'Actions cache', store: c };
  return opened(c, spec.record ? [onBranch, inCache] : [inCache], `Actions cache (no ${b.name} branch yet)`);
}

/** A history directory's files, for `causal-perf history check|repair` (a clone of the branch works too). */
export function historyFiles(dir: string): {
  reader: import('./layout.js').FileReader;
  apply(writes: Map<string, string>, deletes: string[]): Promise<void>;
} {
  const store = new LocalDirectoryStore(dir);
  return { reader: store.files(), apply: (writes, deletes) => store.apply(writes, deletes) };
}
