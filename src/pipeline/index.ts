/**
 * The one pass every entry point runs (DESIGN.md's pipeline):
 *
 *   suite run (optional) → parse → open history → baseline window → decide → channels → record
 *
 * The action (src/action/) and the CLI (src/cli/) build the collaborators — the history, the
 * channels, a clock, a logger — and call it. Nothing here knows a concrete store or GitHub.
 */
import { decide, type Decision } from '../analysis/decide.js';
import type { Rules } from '../config.js';
import { errorMessage } from '../errors.js';
import type { History } from '../history/open.js';
import type { Clock } from '../io/clock.js';
import type { Logger } from '../io/log.js';
import type { ResultSet } from '../model.js';
import type { Channel, PublishContext, ReportLinks } from '../report/channels/channel.js';
import { trendLinks } from '../report/trend-links.js';
import { baselineWindow, type BaselineSource } from './baseline.js';
import { parseResults, runSuite, type ResultFiles, type SuiteCommand } from './measure.js';
import { recordRun, type RunIdentity } from './record.js';

export interface Job {
  /** The suite's name: headings, history folder, comment marker. */
  name: string;
  rules: Rules;
  /** The head run: measured by running `suite` (optional) then parsing `results`, or given already measured. */
  head: { suite?: SuiteCommand; results: ResultFiles; machine?: Record<string, string | number> } | { measured: ResultSet };
  baseline: BaselineSource;
  /** Present when this run joins the history (only with a `history` baseline). */
  record?: RunIdentity;
  /** Facts the JSON report carries beside the decision. */
  facts?: Record<string, unknown>;
  /** Links for the reports; `trendUrl` and `benchmarkLink` are filled from the history when absent. */
  links?: ReportLinks;
}

export interface Collaborators {
  /** Opened after the head run is parsed (a failing suite clones nothing) and closed at the end. */
  openHistory?: () => Promise<History>;
  channels: Channel[];
  clock: Clock;
  log: Logger;
  /** The suite's live output (the Actions log, or stderr for the CLI so stdout stays the report). */
  suiteOutput?: (text: string) => void;
}

export interface Outcome {
  decision: Decision;
  head: ResultSet;
  /** The stores that hold this run now (empty when not recorded). */
  recordedIn: string[];
  artifacts: Record<string, string>;
}

async function measureHead(job: Job, deps: Collaborators): Promise<ResultSet> {
  if ('measured' in job.head) return job.head.measured;
  const { suite, results, machine } = job.head;
  const suiteSeconds = suite ? await runSuite(suite, deps.log, deps.suiteOutput ?? (() => {})) : undefined;
  const head = await parseResults(results);
  head.run = { ...head.run, ...(suiteSeconds !== undefined ? { suiteSeconds } : {}), ...(machine ? { machine } : {}) };
  return head;
}

/**
 * Publishes to every channel in order. A required channel's failure fails the run; a best-effort
 * one's only warns, so the verdict is never hidden by a comment or a summary that could not be written.
 */
export async function publish(decision: Decision, channels: Channel[], context: PublishContext): Promise<void> {
  for (const channel of channels) {
    try {
      await channel.publish(decision, context);
    } catch (error) {
      if (channel.required) throw error;
      context.log.warn(`could not ${channel.what}: ${errorMessage(error)}. The verdict stands; the other reports carry it.`);
    }
  }
}

export async function runPipeline(job: Job, deps: Collaborators): Promise<Outcome> {
  const head = await measureHead(job, deps);
  // With files or measured runs as the baseline, history is neither read nor written.
  const history = job.baseline.from === 'history' ? await deps.openHistory?.() : undefined;
  try {
    const window = await baselineWindow(job.baseline, job.rules.history, job.name, history, deps.log);
    const decision = decide(head, window.runs, job.rules);
    if (window.note) decision.notes.push(window.note);

    const trendUrl = job.links?.trendUrl ?? history?.trendUrl;
    const links: ReportLinks = { ...(trendUrl ? trendLinks(trendUrl, job.name) : {}), ...job.links };
    const artifacts: Record<string, string> = {};
    await publish(decision, deps.channels, { name: job.name, links, facts: job.facts ?? {}, artifacts, log: deps.log });

    const recordedIn =
      job.record && history
        ? await recordRun(
            history,
            { suite: job.name, identity: job.record, recordedAt: deps.clock().toISOString(), statistic: job.rules.statistic },
            head,
            decision,
            deps.log,
          )
        : [];
    return { decision, head, recordedIn, artifacts };
  } finally {
    await history?.close();
  }
}
