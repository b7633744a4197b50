import type { Decision } from '../analysis/decide.js';
import { errorMessage } from '../errors.js';
import type { History } from '../history/open.js';
import type { RunRecord } from '../history/types.js';
import type { Logger } from '../io/log.js';
import type { ResultSet } from '../model.js';
import { parseRuns, type ResultFiles } from './measure.js';

/** Where the prior runs come from. */
export type BaselineSource =
  /** Result files, one run each, oldest first (`baseline` input, `compare --base`): history is neither read nor written. */
  | { from: 'files'; files: ResultFiles }
  /** Runs measured in this job, judged as history would be. */
  | { from: 'runs'; runs: ResultSet[] }
  /** Measured and judged in this job already (same-job A/B's paired rounds): the decision as it stands. */
  | { from: 'decided'; decision: Decision }
  /**
   * Stored history: `branch`'s newest runs, cut at the newest run of one of `untilShas` (a pull
   * request's merge-base or base commit) when history has one.
   */
  | { from: 'history'; branch?: string; untilShas?: string[]; pullRequest?: boolean; testbed?: string };

export interface BaselineWindow {
  runs: ResultSet[];
  /** A note for the report about how the window was chosen. */
  note?: string;
  /** The CPU model each stored run kept (history only), for the hardware note. */
  cpus?: (string | undefined)[];
}

/** The baseline window. A history that cannot be read is a warning and an empty baseline, never a failed run. */
export async function baselineWindow(
  source: BaselineSource,
  limit: number,
  suite: string,
  history: History | undefined,
  log: Logger,
  /** The runs, when the caller read them already (a longer window, for the drift search too). */
  preloaded?: RunRecord[],
): Promise<BaselineWindow> {
  if (source.from === 'files') return { runs: await parseRuns(source.files) };
  if (source.from === 'runs') return { runs: source.runs };
  if (source.from === 'decided') return { runs: [] };
  if (!history?.read) return { runs: [] };
  const shas = source.untilShas ?? [];
  let runs: RunRecord[];
  try {
    runs =
      preloaded ?? (await history.read.load({ suite, branch: source.branch, limit, untilShas: shas, testbed: source.testbed }));
  } catch (error) {
    log.warn(
      `could not read the benchmark history from the ${history.describe}: ${errorMessage(error)}; judging without a baseline`,
    );
    return { runs: [] };
  }
  let note: string | undefined;
  if (source.pullRequest && runs.length > 0 && !shas.includes(runs.at(-1)?.commit.sha ?? ''))
    note = `History has no run of the pull request's base commit; the baseline is ${source.branch}'s newest runs.`;
  log.info(
    `Baseline: ${Math.min(runs.length, limit)} runs of ${source.branch ?? 'all branches'}${source.testbed ? ` on ${source.testbed}` : ''} from the ${history.describe}.`,
  );
  const kept = runs.slice(-limit);
  return {
    runs: kept.map((r) => r.results),
    note,
    cpus: kept.map((r) => (typeof r.environment?.cpu === 'string' ? r.environment.cpu : undefined)),
  };
}
