import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HistoryStore, LoadQuery, RunRecord, Warn } from './types.js';

const safe = (s: string) => s.replace(/[^\w.-]+/g, '_');

/**
 * History in a local directory (the CLI and the demo): one JSON file per run under
 * `<dir>/<suite>/`, named so that a plain sort is chronological. Appends write a temporary file and
 * rename it, so a crash never leaves half a run behind and no other run is touched.
 */
export class LocalDirectoryStore implements HistoryStore {
  constructor(
    private readonly dir: string,
    private readonly warn: Warn = () => {},
  ) {}

  async load(query: LoadQuery): Promise<RunRecord[]> {
    const folder = join(this.dir, safe(query.suite));
    let names: string[];
    try {
      names = (await readdir(folder)).filter((n) => n.endsWith('.json')).sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const runs: RunRecord[] = [];
    // Newest first until enough runs of the branch are found, then oldest first for the caller.
    for (const name of names.reverse()) {
      if (runs.length >= query.limit) break;
      const path = join(folder, name);
      let run: RunRecord;
      try {
        run = JSON.parse(await readFile(path, 'utf8')) as RunRecord;
        if (run.version !== 1 || !Array.isArray(run.results?.benchmarks)) throw new Error('not a causal-perf run record');
      } catch (error) {
        this.warn(`${path}: skipped an unreadable history entry (${(error as Error).message})`);
        continue;
      }
      if (query.branch !== undefined && run.branch !== query.branch) continue;
      runs.push(run);
    }
    return runs.reverse();
  }

  async append(run: RunRecord): Promise<void> {
    const folder = join(this.dir, safe(run.suite));
    await mkdir(folder, { recursive: true });
    const base = `${run.recordedAt.replace(/[:.]/g, '-')}-${safe(run.commit.sha).slice(0, 12)}-${safe(run.runId ?? String(process.pid))}`;
    const tmp = join(folder, `.${base}.tmp`);
    await writeFile(tmp, JSON.stringify(run));
    await rename(tmp, join(folder, `${base}.json`));
  }
}
