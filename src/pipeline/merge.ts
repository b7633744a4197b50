/**
 * `merge-reports`: the reports of a matrix's legs (each leg's `report-json`, downloaded as artifacts)
 * as one decision: one verdict (failing when any leg fails a rule), one section per suite × testbed.
 * Legs with the same suite and testbed (a suite sharded over runners of one kind) merge their rows;
 * a benchmark two legs both report is an error naming both.
 */
import { minOf, pushAll } from '../arrays.js';
import { readFile } from 'node:fs/promises';
import type { Decision, DecisionSection, ResultRow, Status } from '../analysis/types.js';
import { InputError, errorMessage } from '../errors.js';
import { parseJsonText } from '../formats/util.js';
import { expandPatterns } from '../io/glob.js';
import type { Logger } from '../io/log.js';
import type { Channel, ReportLinks } from '../report/channels/channel.js';
import { publish } from './index.js';
import { visible } from '../report/format.js';

export interface LegReport {
  source: string;
  suite: string;
  testbed: string;
  decision: Decision;
  commit?: { sha?: string };
}

/** The row statuses a report may carry (an own-key lookup: "__proto__" is none of them). */
const STATUSES: Record<Status, true> = {
  regression: true,
  improvement: true,
  unchanged: true,
  inconclusive: true,
  new: true,
  missing: true,
  'below-floor': true,
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One leg's report file, checked enough that a wrong file (a result file, a truncated download) is named clearly. */
export function parseLegReport(text: string, source: string): LegReport {
  const json = parseJsonText(text, source);
  const expected = `expected a causal-perf report (a leg's report-json output)`;
  if (!isObject(json)) throw new InputError(`${source}: ${expected}, got ${Array.isArray(json) ? 'a list' : typeof json}`);
  if (json.verdict !== 'pass' && json.verdict !== 'fail')
    throw new InputError(`${source}: "verdict": ${expected} with verdict "pass" or "fail"`);
  if (!Array.isArray(json.results)) throw new InputError(`${source}: "results": ${expected} with a list of result rows`);
  json.results.forEach((r, i) => {
    if (!isObject(r) || typeof r.benchmark !== 'string' || typeof r.metric !== 'string' || typeof r.fails !== 'boolean')
      throw new InputError(`${source}: results[${i}]: expected a row with "benchmark", "metric" and "fails"`);
    // A leg's report is written by PR code: every field a report renders is checked for its type.
    const bad = (field: string, what: string) =>
      new InputError(`${source}: results[${i}].${field}: expected ${what}, got ${JSON.stringify(r[field])?.slice(0, 40)}`);
    if (typeof r.status !== 'string' || !Object.hasOwn(STATUSES, r.status))
      throw bad('status', `one of ${Object.keys(STATUSES).join(', ')}`);
    for (const f of ['reason', 'unit'] as const) if (typeof r[f] !== 'string') throw bad(f, 'a string');
    for (const f of ['group', 'resolve'] as const) if (r[f] !== undefined && typeof r[f] !== 'string') throw bad(f, 'a string');
    if (r.direction !== 'smaller' && r.direction !== 'bigger') throw bad('direction', '"smaller" or "bigger"');
    for (const f of ['base', 'head', 'ratio', 'measured_ratio', 'confidence'] as const)
      if (r[f] !== undefined && r[f] !== null && typeof r[f] !== 'number') throw bad(f, 'a number or null');
    if (typeof r.enforced !== 'boolean') throw bad('enforced', 'true or false');
  });
  const suite = typeof json.suite === 'string' && json.suite ? json.suite : 'benchmarks';
  const testbed = typeof json.testbed === 'string' && json.testbed ? json.testbed : 'default';
  const decision: Decision = {
    verdict: json.verdict,
    results: json.results as unknown as ResultRow[],
    notes: Array.isArray(json.notes) ? json.notes.filter((n): n is string => typeof n === 'string') : [],
    warnings: Array.isArray(json.warnings) ? json.warnings.filter((n): n is string => typeof n === 'string') : [],
    baseline_runs: typeof json.baseline_runs === 'number' ? json.baseline_runs : 0,
    ...(isObject(json.runner) ? { runner: json.runner as unknown as Decision['runner'] } : {}),
  };
  return { source, suite, testbed, decision, ...(isObject(json.commit) ? { commit: json.commit as { sha?: string } } : {}) };
}

export async function readLegReports(paths: readonly string[]): Promise<LegReport[]> {
  if (paths.length === 0) throw new InputError('merge-reports: no report files given');
  const legs: LegReport[] = [];
  for (const path of paths) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      throw new InputError(`${path}: cannot read the report (${(error as NodeJS.ErrnoException).code ?? errorMessage(error)})`);
    }
    legs.push(parseLegReport(text, path));
  }
  return legs;
}

const unique = (items: string[]) => [...new Set(items)];

/** The legs as one decision with a section per suite × testbed (in the legs' order). */
export function mergeLegReports(legs: readonly LegReport[]): Decision {
  const sections = new Map<string, DecisionSection>();
  const owner = new Map<string, string>();
  for (const leg of legs) {
    const key = `${leg.suite}\u0000${leg.testbed}`;
    let section = sections.get(key);
    if (!section) {
      section = {
        suite: leg.suite,
        testbed: leg.testbed,
        legs: [],
        decision: { verdict: 'pass', results: [], notes: [], warnings: [], baseline_runs: leg.decision.baseline_runs },
      };
      sections.set(key, section);
    }
    for (const row of leg.decision.results) {
      const id = `${key}\u0000${row.benchmark}\u0000${row.metric}`;
      const other = owner.get(id);
      if (other)
        throw new InputError(
          `${leg.source}: benchmark "${row.benchmark}" (${row.metric}) of suite "${leg.suite}" on testbed "${leg.testbed}" is also in ${other}; expected each benchmark in one leg only`,
        );
      owner.set(id, leg.source);
    }
    const d = section.decision;
    section.legs.push(leg.source);
    pushAll(d.results, leg.decision.results);
    d.notes = unique([...d.notes, ...leg.decision.notes]);
    d.warnings = unique([...d.warnings, ...leg.decision.warnings]);
    // Several shards of one suite: the thinnest baseline is the honest count.
    d.baseline_runs = Math.min(d.baseline_runs, leg.decision.baseline_runs);
    if (leg.decision.verdict === 'fail' || leg.decision.results.some((r) => r.fails)) d.verdict = 'fail';
    if (!d.runner && leg.decision.runner && section.legs.length === 1) d.runner = leg.decision.runner;
  }
  const all = [...sections.values()];
  const shas = unique(legs.map((l) => l.commit?.sha ?? '').filter(Boolean));
  return {
    verdict: all.some((s) => s.decision.verdict === 'fail') ? 'fail' : 'pass',
    results: all.flatMap((s) => s.decision.results),
    notes:
      shas.length > 1
        ? [
            `The legs measured different commits (${shas.map((s) => s.slice(0, 10)).join(', ')}): check that every leg is from this workflow run.`,
          ]
        : [],
    warnings: unique(all.flatMap((s) => s.decision.warnings)),
    baseline_runs: minOf(all.map((s) => s.decision.baseline_runs)),
    sections: all,
  };
}

/** The merge job's pass: read the legs' reports, merge them, publish the one decision. Nothing is recorded. */
export async function runMerge(
  job: { name: string; patterns: string[]; cwd: string },
  deps: { channels: Channel[]; log: Logger; facts?: Record<string, unknown>; links?: ReportLinks },
): Promise<{ decision: Decision; legs: LegReport[] }> {
  // One file matched by two patterns is one leg, not two legs that report the same benchmarks.
  const files = [...new Set(await expandPatterns(job.patterns, job.cwd, (p) => `merge-reports: no report file matches "${p}"`))];
  const legs = await readLegReports(files);
  const decision = mergeLegReports(legs);
  deps.log.info(
    `Merged ${legs.length} leg report${legs.length === 1 ? '' : 's'} into ${decision.sections?.length} section${decision.sections?.length === 1 ? '' : 's'}: ${decision.sections?.map((s) => `${visible(s.suite)} on ${visible(s.testbed)} (${s.decision.verdict})`).join(', ')}.`,
  );
  await publish(decision, deps.channels, {
    name: job.name,
    links: deps.links ?? {},
    facts: deps.facts ?? {},
    artifacts: {},
    log: deps.log,
  });
  return { decision, legs };
}
