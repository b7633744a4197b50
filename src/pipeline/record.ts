import { compactResults } from '../analysis/compact.js';
import type { Decision } from '../analysis/decide.js';
import { errorMessage } from '../errors.js';
import { annotationsOf } from './annotate.js';
import type { History } from '../history/open.js';
import { benchmarkSetHash } from '../history/layout.js';
import { HistoryWriteDenied, type RunRecord } from '../history/types.js';
import type { Logger } from '../io/log.js';
import type { ResultSet } from '../model.js';
import type { Rules } from '../config.js';

/** Who and what a recorded run is, apart from its results and the time it is recorded. */
export type RunIdentity = Pick<RunRecord, 'commit' | 'branch' | 'event' | 'runId' | 'identity' | 'environment' | 'testbed'>;

/**
 * Adds the run (compacted: the run statistic in place of raw samples) to every store the history
 * writes to. A store that fails only warns: the verdict stands and history is unchanged. Resolves
 * to the stores that now hold the run.
 */
export async function recordRun(
  history: History,
  record: { suite: string; identity: RunIdentity; recordedAt: string; statistic: Rules['statistic'] },
  head: ResultSet,
  decision: Decision,
  log: Logger,
): Promise<string[]> {
  const run: RunRecord = {
    version: 1,
    suite: record.suite,
    ...record.identity,
    recordedAt: record.recordedAt,
    results: compactResults(head, record.statistic),
  };
  // Shards of one suite on one testbed share the job: their benchmark sets tell them apart, so one
  // shard's record never replaces another's (a re-run of the same shard still replaces its own).
  if (run.identity && run.testbed) run.identity = `${run.identity}/${benchmarkSetHash(run)}`;
  const stored: string[] = [];
  for (const { where, store } of history.write) {
    try {
      if (await store.append(run, annotationsOf(decision))) {
        log.info(`Recorded this run in the ${where}.`);
        stored.push(where);
      } else log.warn(`this run was not recorded in the ${where} (see the warning above); later baselines will not include it.`);
    } catch (error) {
      const hint =
        error instanceof HistoryWriteDenied ? ' (the token needs `contents: write` to push to the history branch)' : '';
      log.warn(
        `could not record this run in the ${where}: ${errorMessage(error)}${hint}. The verdict stands; history is unchanged and does not have this run (${record.suite} at ${run.commit.sha.slice(0, 12)}).`,
      );
    }
  }
  return stored;
}
