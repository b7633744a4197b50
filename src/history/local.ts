import type { Clock } from '../io/clock.js';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FileReader, Retention } from './layout.js';
import { loadRunsSafely, planAppendSafely } from './repair.js';
import type { HistoryStore, LoadQuery, RunAnnotations, RunRecord, Warn } from './types.js';

export interface LocalStoreOptions {
  retention?: Retention;
  /** Where retention's age limit is measured from. */
  clock?: Clock;
  /** Site files written next to the data on every append (the trend page). */
  site?: () => Promise<Map<string, string | Buffer>>;
  warn?: Warn;
}

/**
 * History in a local directory (the CLI and the demo), in the same layout as the gh-pages branch, so
 * the trend page opens on it too. Each file is written to a temporary name and renamed, so a crash
 * never leaves half a file behind. One writer at a time (a developer's machine, not a shared runner).
 */
export class LocalDirectoryStore implements HistoryStore {
  private readonly warn: Warn;

  constructor(
    readonly dir: string,
    private readonly options: LocalStoreOptions = {},
  ) {
    this.warn = options.warn ?? (() => {});
  }

  private reader(): FileReader {
    return {
      read: async (files) => {
        const result = new Map<string, string | undefined>();
        for (const f of files) {
          try {
            result.set(f, await readFile(join(this.dir, f), 'utf8'));
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
              this.warn(`history: cannot read ${join(this.dir, f)}: ${(error as Error).message}`);
          }
        }
        return result;
      },
      list: async (folder) => {
        const found: string[] = [];
        const walk = async (rel: string): Promise<void> => {
          let entries;
          try {
            entries = await readdir(join(this.dir, rel), { withFileTypes: true });
          } catch {
            return;
          }
          for (const e of entries) {
            const path = rel ? `${rel.replace(/\/$/, '')}/${e.name}` : e.name;
            if (e.isDirectory()) await walk(path);
            else if (!e.name.endsWith('.tmp')) found.push(path);
          }
        };
        await walk(folder);
        return found.sort();
      },
    };
  }
  /** The directory as the layout sees it (for `causal-perf history check|repair`). */
  files(): FileReader {
    return this.reader();
  }

  /** Writes and removes files (each write atomic: a temporary name, then a rename); appends and repairs use it. */
  async apply(writes: Map<string, string | Buffer>, deletes: string[]): Promise<void> {
    for (const [path, content] of writes) {
      const target = join(this.dir, path);
      await mkdir(dirname(target), { recursive: true });
      const tmp = `${target}.${process.pid}.tmp`;
      await writeFile(tmp, content);
      await rename(tmp, target);
    }
    for (const path of deletes) await rm(join(this.dir, path), { recursive: true, force: true });
  }

  load(query: LoadQuery): Promise<RunRecord[]> {
    return loadRunsSafely(this.reader(), query, this.warn);
  }

  async append(run: RunRecord, annotations?: RunAnnotations): Promise<boolean> {
    const plan = await planAppendSafely(this.reader(), run, {
      retention: this.options.retention,
      clock: this.options.clock,
      annotations,
      warn: this.warn,
    });
    if (!plan.added) return true; // already stored (a retried append that had landed)
    const site = this.options.site ? await this.options.site() : new Map<string, string | Buffer>();
    await this.apply(new Map([...site, ...plan.writes]), plan.deletes);
    return true;
  }
}
