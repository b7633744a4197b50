/**
 * The one pass every entry point runs (DESIGN.md's pipeline):
 *
 *   suite run (optional) → parse → open history → baseline window → decide → channels → record
 *
 * The action (src/action/) and the CLI (src/cli/) build the collaborators — the history, the
 * channels, a clock, a logger — and call it. Nothing here knows a concrete store or GitHub.
 */
import { decide, type DecideOptions, type Decision } from '../analysis/decide.js';
import { acceptScaling, applyAcceptance, type Acceptance } from '../analysis/accept.js';
import { judgeScaling } from '../analysis/scaling.js';
import type { Rules } from '../config.js';
import { errorMessage } from '../errors.js';
import type { History } from '../history/open.js';
import type { Clock } from '../io/clock.js';
import type { Logger } from '../io/log.js';
import type { ResultSet } from '../model.js';
import type { Channel, PublishContext, ReportLinks } from '../report/channels/channel.js';
import { trendLinks } from '../report/trend-links.js';
import { baselineWindow, type BaselineSource, type BaselineWindow } from './baseline.js';
import { parseResults, runSuite, type ResultFiles, type SuiteCommand } from './measure.js';
import { countHead, type InstructionsPlan } from './instructions.js';
import { recordRun, type RunIdentity } from './record.js';
import { remeasure, suiteMeasure, undecidedRows, type RemeasurePlan } from './remeasure.js';
import { escalate, pairableRows, worktreeRounds, type PairPlan } from './escalate.js';
import { annotationsOf } from './annotate.js';
import { compactResults } from '../analysis/compact.js';
import { levelChangesIn } from './drift.js';
import type { RunRecord } from '../history/types.js';
import { flagEntries } from '../history/layout.js';

export interface Job {
  /** The suite's name: headings, history folder, comment marker. */
  name: string;
  rules: Rules;
  /** The head run: measured by running `suite` (optional) then parsing `results`, or given already measured. */
  head:
    | {
        suite?: SuiteCommand;
        results: ResultFiles;
        machine?: Record<string, string | number>;
        /** `measure: instructions`: each timed benchmark's instructions per call, counted under Valgrind. */
        instructions?: InstructionsPlan;
      }
    | { measured: ResultSet };
  baseline: BaselineSource;
  /**
   * `confirm-runs`: while enforced rows are undecided, the suite runs again (at most `runs` more
   * times, the undecided benchmarks' names in CAUSAL_PERF_BENCHMARKS) and they are judged on the
   * pooled head runs (remeasure.ts).
   */
  confirm?: RemeasurePlan;
  /**
   * `confirm-ab`: rows still undecided after re-measuring are measured in paired rounds against the
   * base commit on this runner (escalate.ts).
   */
  pair?: () => Promise<PairPlan>;
  /** Changes a team accepted (commit trailer, label, --accept): those rows do not fail (analysis/accept.ts). */
  accepted?: Acceptance[];
  /** Inconclusive rows of enforced rules fail the check (`fail-on-inconclusive`). */
  failOnInconclusive?: boolean;
  /** Present when this run joins the history (never with a `files` baseline). */
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

async function measureHead(job: Job, deps: Collaborators): Promise<{ head: ResultSet; counted?: string }> {
  if ('measured' in job.head) return { head: job.head.measured };
  const { suite, results, machine, instructions } = job.head;
  const suiteSeconds = suite ? await runSuite(suite, deps.log, deps.suiteOutput ?? (() => {})) : undefined;
  const head = await parseResults(results);
  head.run = { ...head.run, ...(suiteSeconds !== undefined ? { suiteSeconds } : {}), ...(machine ? { machine } : {}) };
  if (!instructions) return { head };
  const counted = await countHead(head, instructions, { command: suite?.command, seconds: suiteSeconds }, deps.log);
  return { head, ...(counted ? { counted } : {}) };
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

function failInconclusive(decision: Decision): void {
  for (const r of decision.results)
    if (r.status === 'inconclusive' && r.enforced) {
      r.fails = true;
      r.reason += ' Fails the check: fail-on-inconclusive is set.';
    }
  if (decision.results.some((r) => r.fails)) decision.verdict = 'fail';
}

/**
 * GitHub's runner pool mixes CPU generations: when this run's CPU model is not the one most baseline
 * runs had, the report says so with both models. Nothing is widened for it; the reader decides.
 */
export function hardwareNote(head: ResultSet, cpus: (string | undefined)[] | undefined): string | undefined {
  const mine = head.run?.machine?.cpu;
  const known = (cpus ?? []).filter((c): c is string => !!c);
  if (typeof mine !== 'string' || known.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (const c of known) counts.set(c, (counts.get(c) ?? 0) + 1);
  const [most, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  if (most === mine || (counts.get(mine) ?? 0) * 2 >= known.length) return undefined;
  return `Different hardware: this run's CPU is ${mine}; ${n} of the ${known.length} baseline runs had ${most}. Differences between CPU models are not factored out; the thresholds are unchanged.`;
}

/** Runs of the branch and testbed the drift search reads (E-divisive windows of up to 50 points each side; 60 keeps a push cheap). */
const DRIFT_RUNS = 60;

/**
 * The longer window a recording run reads once (undefined when it does not record, or when the
 * baseline is cut at a pull request's base commit, which reads its own window).
 */
async function driftWindow(job: Job, history: History | undefined): Promise<RunRecord[] | undefined> {
  if (!job.record || !history?.read || job.baseline.from !== 'history' || job.baseline.untilShas?.length) return undefined;
  try {
    return await history.read.load({
      suite: job.name,
      branch: job.baseline.branch,
      testbed: job.baseline.testbed,
      limit: Math.max(DRIFT_RUNS, job.rules.history + 1),
      beforeAppend: true,
    });
  } catch {
    // baselineWindow reads again and says what failed.
    return undefined;
  }
}

/**
 * Change points in the branch's series with this run appended (as it will be recorded): those that
 * appear with it and that the gate flagged nowhere (drift), and those still in effect past their
 * rule's limit that nobody accepted (open regressions). Best-effort: a failure only warns.
 */
function levelChanges(job: Job, head: ResultSet, decision: Decision, stored: RunRecord[], deps: Collaborators) {
  if (job.baseline.from !== 'history' || !job.record) return { drift: [], open: [] };
  try {
    const self: RunRecord = {
      version: 1,
      suite: job.name,
      ...job.record,
      recordedAt: deps.clock().toISOString(),
      results: compactResults(head, job.rules.statistic),
      // As the run will be stored: drift and open regressions read its gate's judgements from it.
      flagged: flagEntries(annotationsOf(decision)),
    };
    const runs = [...stored, self];
    return levelChangesIn(job.name, runs, job.rules, job.baseline.testbed);
  } catch (error) {
    deps.log.warn(`could not look for drift in the history: ${errorMessage(error)}`);
    return { drift: [], open: [] };
  }
}

/**
 * A push recorded on the branch its baseline comes from continues that branch's history: a step the
 * newest stored run brought and could not decide alone is decided with this run (decide()'s
 * `continues`). Pull requests and other branches are judged on their base (`onBase`): never blamed
 * for a step on their base, and not given a pass for one that only looks like it either.
 */
function branchOptions(job: Job, window: BaselineWindow): DecideOptions {
  if (job.baseline.from !== 'history') return {};
  const last = window.commits?.at(-1);
  if (!last) return {};
  const newest = { previous: last.sha.slice(0, 7) };
  const judged = window.commits!.map((c) => c.flagged);
  const recorded = window.commits!.map((c) => c.recorded);
  const continues =
    !!job.record &&
    !job.baseline.pullRequest &&
    !job.baseline.untilShas?.length &&
    (last.branch === undefined || job.record.branch === undefined || last.branch === job.record.branch);
  // A re-run of the newest run's job (or a scheduled run of an unchanged branch) measures that run's
  // code. Not so a local run: its working tree may differ from the commit it names.
  // How many of the newest stored runs measured this commit (a second re-run follows the first).
  let sameCommit = 0;
  if (continues && job.record?.event !== 'local' && job.record?.commit.sha)
    for (let i = window.commits!.length - 1; i >= 0 && window.commits![i]!.sha === job.record.commit.sha; i--) sameCommit++;
  return continues
    ? { continues: newest, judged, recorded, ...(sameCommit > 0 ? { sameCommit } : {}) }
    : { onBase: newest, judged, recorded };
}

export async function runPipeline(job: Job, deps: Collaborators): Promise<Outcome> {
  const { head, counted } = await measureHead(job, deps);
  // With files as the baseline, history is neither read nor written; same-job A/B still records its head run.
  const needsHistory = job.baseline.from === 'history' || (!!job.record && job.baseline.from !== 'files');
  const history = needsHistory ? await deps.openHistory?.() : undefined;
  try {
    // A recording run reads a longer window once: the newest runs are the baseline, all of it the drift search's.
    const longer = await driftWindow(job, history);
    // A pull request reads no drift window: its one read of the base's runs goes as far back instead.
    const pullRequest = job.baseline.from === 'history' && !!job.baseline.pullRequest && !longer;
    // A push re-measuring a commit the branch's history already holds, with newer runs after it (a
    // re-run of an older job): judged against the runs up to its own, and not recorded.
    const source =
      job.baseline.from === 'history' && longer && job.record && job.record.event !== 'local'
        ? { ...job.baseline, rerunOf: job.record.commit.sha }
        : job.baseline;
    const window = await baselineWindow(
      source,
      job.rules.history,
      job.name,
      history,
      deps.log,
      longer,
      pullRequest ? DRIFT_RUNS : undefined,
    );
    const options: DecideOptions = { ...branchOptions(job, window), ...(window.memory ? { memory: window.memory } : {}) };
    let decision = job.baseline.from === 'decided' ? job.baseline.decision : decide(head, window.runs, job.rules, options);
    if (job.confirm && job.confirm.runs > 0 && job.baseline.from !== 'decided' && undecidedRows(decision).length > 0)
      ({ decision } = await remeasure(
        job.confirm,
        suiteMeasure(job.confirm, deps),
        head,
        window.runs,
        job.rules,
        decision,
        deps,
        options,
      ));
    if (job.pair && job.baseline.from !== 'decided' && pairableRows(decision).length > 0)
      decision = await escalate(
        decision,
        async () => {
          const plan = await job.pair!();
          return { baseSha: plan.baseSha, measure: worktreeRounds(plan, job.rules, deps.log, deps.suiteOutput ?? (() => {})) };
        },
        deps.log,
      );
    if (job.accepted?.length) decision = applyAcceptance(decision, job.accepted);
    // Size families: did the growth with size get steeper? (From the final rows, re-measured or paired.)
    const scaling = acceptScaling(judgeScaling(decision.results, job.rules), job.accepted ?? []);
    if (scaling.length > 0)
      decision = { ...decision, scaling, verdict: scaling.some((s) => s.fails) ? 'fail' : decision.verdict };
    if (window.note) decision.notes.push(window.note);
    if (counted) decision.notes.push(counted);
    const hardware = hardwareNote(head, window.cpus);
    if (hardware) decision.notes.push(hardware);
    if (job.failOnInconclusive) failInconclusive(decision);

    if (longer && longer.length >= 10 && !window.rerun) {
      const { drift, open } = levelChanges(job, head, decision, longer, deps);
      if (drift.length) decision.drift = drift;
      if (open.length) decision.open_regressions = open;
    }

    const trendUrl = job.links?.trendUrl ?? history?.trendUrl;
    const links: ReportLinks = { ...(trendUrl ? trendLinks(trendUrl, job.name) : {}), ...job.links };
    const artifacts: Record<string, string> = {};
    await publish(decision, deps.channels, { name: job.name, links, facts: job.facts ?? {}, artifacts, log: deps.log });

    const recordedIn =
      job.record && history && !window.rerun
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
