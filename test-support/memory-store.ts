import { loadRuns, planAppend, type FileReader } from '../src/history/layout.js';
import type { HistoryStore, LoadQuery, RunAnnotations, RunRecord } from '../src/history/types.js';

/**
 * History in memory, in the real sharded layout (the same planAppend/loadRuns as the branch and the
 * directory stores), for in-process pipeline tests: no disk, no git, no network.
 */
export class MemoryStore implements HistoryStore {
  readonly files = new Map<string, string>();
  readonly appended: RunRecord[] = [];
  readonly warnings: string[] = [];

  private reader(): FileReader {
    return { read: async (paths) => new Map(paths.map((p) => [p, this.files.get(p)])) };
  }

  load(query: LoadQuery): Promise<RunRecord[]> {
    return loadRuns(this.reader(), query, (m) => this.warnings.push(m));
  }

  async append(run: RunRecord, annotations?: RunAnnotations): Promise<boolean> {
    const plan = await planAppend(this.reader(), run, { annotations, warn: (m) => this.warnings.push(m) });
    for (const [path, content] of plan.writes) this.files.set(path, content);
    for (const path of plan.deletes)
      for (const f of [...this.files.keys()]) if (f === path || f.startsWith(`${path}/`)) this.files.delete(f);
    if (plan.added) this.appended.push(run);
    return true;
  }
}
