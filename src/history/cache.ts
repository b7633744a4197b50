import type { Clock } from '../io/clock.js';
import * as cache from '@actions/cache';
import { mkdir, rm } from 'node:fs/promises';
import { slug, type Retention } from './layout.js';
import { LocalDirectoryStore } from './local.js';
import type { HistoryStore, LoadQuery, RunAnnotations, RunRecord, Warn } from './types.js';

export interface CacheStoreOptions {
  /** Where the restored history lives on the runner; must be the same path in every run (it is part of the cache version). */
  dir: string;
  /** The branch whose caches a baseline reads (a PR reads its base branch's caches, which GitHub lets it see). */
  restoreBranch?: string;
  retention?: Retention;
  /** Where retention's age limit is measured from. */
  clock?: Clock;
  warn?: Warn;
}

const KEY_PREFIX = 'causal-perf-history-v1';

/**
 * History in the Actions cache. Cache entries are immutable, so every append saves the whole (small,
 * retention-bounded) history directory under a new unique key, and a load restores the newest entry by
 * key prefix. Before saving, a job checks whether another job saved a newer entry meanwhile and, if
 * so, adds its run on top of that one (merge). When the cache service is unavailable, the run goes on
 * without history (a warning says so). Two jobs saving in the same moment can still leave one run out
 * of later baselines — the gh-pages store is the one that never loses a run.
 */
export class CacheStore implements HistoryStore {
  private local?: LocalDirectoryStore;
  private readonly warn: Warn;

  constructor(private readonly options: CacheStoreOptions) {
    this.warn = options.warn ?? (() => {});
  }

  private prefix(suite: string, branch: string | undefined): string {
    return `${KEY_PREFIX}-${slug(suite)}-${slug(branch ?? 'all')}-`;
  }

  private async restore(suite: string, branch: string | undefined): Promise<LocalDirectoryStore> {
    if (this.local) return this.local;
    await rm(this.options.dir, { recursive: true, force: true });
    await mkdir(this.options.dir, { recursive: true });
    this.local = new LocalDirectoryStore(this.options.dir, {
      retention: this.options.retention,
      clock: this.options.clock,
      warn: this.warn,
    });
    if (!cache.isFeatureAvailable()) {
      this.warn('history: the Actions cache service is not available here; continuing without stored history');
      return this.local;
    }
    const prefix = this.prefix(suite, this.options.restoreBranch ?? branch);
    try {
      const hit = await cache.restoreCache([this.options.dir], `${prefix}latest-does-not-exist`, [prefix]);
      this.restoredKey = hit;
      if (!hit) this.warn(`history: no cached history under ${prefix}* yet; this run starts it`);
    } catch (error) {
      this.warn(`history: could not restore the cached history (${(error as Error).message}); continuing without it`);
    }
    return this.local;
  }

  /** The cache entry this job's history came from. */
  private restoredKey?: string;

  /**
   * Another job may have saved a newer history since this one restored; then this run is added on top
   * of that newest entry instead, so neither job's run is dropped (unless both save at the same moment).
   */
  private async rebaseOnNewest(prefix: string): Promise<void> {
    try {
      const newest = await cache.restoreCache([this.options.dir], `${prefix}latest-does-not-exist`, [prefix], {
        lookupOnly: true,
      });
      if (!newest || newest === this.restoredKey) return;
      await rm(this.options.dir, { recursive: true, force: true });
      await mkdir(this.options.dir, { recursive: true });
      this.restoredKey = await cache.restoreCache([this.options.dir], newest, [prefix]);
    } catch (error) {
      this.warn(`history: could not check for a newer cached history (${(error as Error).message}); saving this job's`);
    }
  }

  async load(query: LoadQuery): Promise<RunRecord[]> {
    return (await this.restore(query.suite, query.branch)).load(query);
  }

  async append(run: RunRecord, annotations?: RunAnnotations): Promise<boolean> {
    const local = await this.restore(run.suite, run.branch);
    const available = cache.isFeatureAvailable();
    if (available) await this.rebaseOnNewest(this.prefix(run.suite, run.branch));
    await local.append(run, annotations);
    if (!available) return false;
    const key = `${this.prefix(run.suite, run.branch)}${run.recordedAt.replace(/[^\dTZ]/g, '')}-${slug(run.runId ?? 'local')}-${process.pid}`;
    try {
      // The library reports most failures by warning and returning -1 rather than by throwing.
      const id = await cache.saveCache([this.options.dir], key);
      if (id === -1) return false;
      this.restoredKey = key;
      return true;
    } catch (error) {
      this.warn(`history: could not save the history to the Actions cache (${(error as Error).message})`);
      return false;
    }
  }
}
