import type { Decision, JudgedRow, RecordedSteps } from '../analysis/decide.js';
import { errorMessage, HistoryReadError } from '../errors.js';
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
  | {
      from: 'history';
      branch?: string;
      untilShas?: string[];
      pullRequest?: boolean;
      testbed?: string;
      /** Where a branch with no runs yet starts from (the default branch): its newest runs are the baseline then. */
      fallbackBranch?: string;
      /**
       * The commit a recording push measures (not a local run): where the branch's stored runs hold it
       * but newer runs follow it (a re-run of an older push's job), the window ends at its newest run.
       */
      rerunOf?: string;
    };

export interface BaselineWindow {
  runs: ResultSet[];
  /** A note for the report about how the window was chosen. */
  note?: string;
  /** The CPU model each stored run kept (history only), for the hardware note. */
  cpus?: (string | undefined)[];
  /** The commit and branch of each stored run, and the rows its gate failed (history only). */
  commits?: {
    sha: string;
    branch?: string;
    flagged: JudgedRow[];
    /** What its gate left undecided; absent where no gate recorded the run (recordedSteps). */
    recorded?: RecordedSteps;
  }[];
  /** Runs read before the window's (oldest first): each benchmark's spike memory (memory.ts). */
  memory?: ResultSet[];
  /** The window was cut at an older run of the head's own commit (`rerunOf`): newer runs follow it. */
  rerun?: { newer: number };
}

/**
 * The rows a stored run's own gate failed, or a team accepted: judged then, so a later push does not
 * judge their step again (decide()'s `judged`). Inconclusive rows were not decided.
 */
export function judgedRows(run: Pick<RunRecord, 'flagged'>): JudgedRow[] {
  return (run.flagged ?? [])
    .filter((f) => f.status === 'regression' || f.status === 'below-floor' || f.accepted)
    .map(({ benchmark, metric, value, accepted }) => ({
      benchmark,
      metric,
      ...(value !== undefined ? { value } : {}),
      ...(accepted ? { accepted: true } : {}),
    }));
}

/**
 * What a stored run's own gate left undecided, and the runner it read (decide()'s `recorded`): a later
 * push may confirm those steps. Undefined for a run no gate recorded (imported, or written before the
 * runner was kept): then the run is judged again to find them.
 */
export function recordedSteps(run: Pick<RunRecord, 'flagged' | 'verdict' | 'runner'>): RecordedSteps | undefined {
  if (run.verdict === undefined) return undefined;
  const rows = (run.flagged ?? []).filter((f) => f.status === 'inconclusive');
  // A record from before runners were kept cannot say where its pending rows stood.
  if (!run.runner && rows.length > 0) return undefined;
  return {
    rows: rows.map((f) => ({
      benchmark: f.benchmark,
      metric: f.metric,
      ratio: f.ratio ?? null,
      measured: f.measured ?? f.ratio ?? null,
      pending: f.pending === true,
    })),
    ...(run.runner ? { runner: run.runner } : {}),
  };
}

/** A branch with fewer runs than this is judged with its start point's runs before its own. */
const START_POINT_RUNS = 5;

/** Reads of the history before the run gives up (a few seconds in all). */
const READ_ATTEMPTS = 3;
const READ_BACKOFF_MS = 500;

/** The baseline window. A history that cannot be read, after retries, ends the run (HistoryReadError). */
export async function baselineWindow(
  source: BaselineSource,
  limit: number,
  suite: string,
  history: History | undefined,
  log: Logger,
  /** The runs, when the caller read them already (a longer window, for the drift search too). */
  preloaded?: RunRecord[],
  /** Runs to read in all where the caller read none: those before the window are its spike memory. */
  readLimit = limit + 1,
): Promise<BaselineWindow> {
  if (source.from === 'files') return { runs: await parseRuns(source.files) };
  if (source.from === 'runs') return { runs: source.runs };
  if (source.from === 'decided') return { runs: [] };
  if (!history?.read) return { runs: [] };
  const shas = source.untilShas ?? [];
  let runs: RunRecord[] | undefined = preloaded;
  // A read that fails is retried; one that keeps failing ends the run. Judging against an empty
  // baseline instead would pass any regression (one HTTP 500 from the host was enough).
  for (let attempt = 1; !runs; attempt++) {
    try {
      runs = await history.read.load({
        suite,
        branch: source.branch,
        limit: Math.max(readLimit, limit + 1),
        untilShas: shas,
        testbed: source.testbed,
      });
    } catch (error) {
      if (attempt >= READ_ATTEMPTS)
        throw new HistoryReadError(
          `could not read the benchmark history from the ${history.describe} (${attempt} attempts; last: ${errorMessage(error)}). The run is not judged against an empty baseline, which would pass any regression; nothing was recorded. Re-run the job.`,
        );
      log.warn(`could not read the benchmark history from the ${history.describe}: ${errorMessage(error)}; retrying`);
      await new Promise((r) => setTimeout(r, READ_BACKOFF_MS * attempt));
    }
  }
  let note: string | undefined;
  let branch = source.branch;
  if (runs.length < START_POINT_RUNS && source.fallbackBranch && source.fallbackBranch !== source.branch) {
    // A new branch has few runs of its own yet: the branch it started from goes before them.
    const own = runs;
    const first = own[0]?.recordedAt;
    const start = (
      await history.read.load({
        suite,
        branch: source.fallbackBranch,
        limit: limit + 1,
        untilShas: shas,
        testbed: source.testbed,
      })
    ).filter((r) => first === undefined || r.recordedAt < first);
    if (start.length > 0) {
      runs = [...start, ...own];
      note = `${own.length === 0 ? `No runs of ${source.branch} yet` : `Only ${own.length} run${own.length === 1 ? '' : 's'} of ${source.branch}`}: the baseline starts from ${source.fallbackBranch}'s runs before it, where the branch started.`;
      branch = own.length === 0 ? source.fallbackBranch : `${source.fallbackBranch} and ${source.branch}`;
    }
  }
  // A re-run of an older push's job: judged against the runs up to its own commit's, as it was then.
  let rerun: BaselineWindow['rerun'];
  const own = source.rerunOf ? runs.map((r) => r.commit.sha).lastIndexOf(source.rerunOf) : -1;
  if (own >= 0 && own < runs.length - 1) {
    rerun = { newer: runs.length - 1 - own };
    runs = runs.slice(0, own + 1);
    note = `A re-run of ${source.rerunOf!.slice(0, 7)}, which ${rerun.newer} newer run${rerun.newer === 1 ? '' : 's'} of ${branch ?? 'the branch'} follow: judged against the runs up to its own, as then, and not recorded (the history keeps the branch's order).`;
  }
  if (source.pullRequest && runs.length > 0 && !shas.includes(runs.at(-1)?.commit.sha ?? ''))
    note = `History has no run of the pull request's base commit; the baseline is ${source.branch}'s newest runs.`;
  log.info(
    `Baseline: ${Math.min(runs.length, limit)} runs of ${branch ?? 'all branches'}${source.testbed ? ` on ${source.testbed}` : ''} from the ${history.describe}.`,
  );
  // One run more than the window: the newest run's own baseline, to confirm the step it brought
  // (decide()'s `continues`); decide() itself judges the head against the newest `limit`.
  const kept = runs.slice(-(limit + 1));
  // Runs read before those: each benchmark's spike memory (a recording push's longer window, or a pull
  // request's longer read).
  const older = runs.slice(0, -(limit + 1));
  return {
    runs: kept.map((r) => r.results),
    ...(older.length > 0 ? { memory: older.map((r) => r.results) } : {}),
    note,
    cpus: kept.map((r) => (typeof r.environment?.cpu === 'string' ? r.environment.cpu : undefined)),
    ...(rerun ? { rerun } : {}),
    commits: kept.map((r) => ({
      sha: r.commit.sha,
      ...(r.branch !== undefined ? { branch: r.branch } : {}),
      flagged: judgedRows(r),
      recorded: recordedSteps(r),
    })),
  };
}
