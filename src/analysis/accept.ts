/**
 * Accepting an intended change: a team that trades speed for something says so once — a commit
 * trailer (`Perf-Accepted: <glob>[, <glob>…]` in the head commit's message), the pull request label
 * `perf-accepted`, or `--accept GLOB` in the CLI — and the rows it names do not fail the check. The
 * row stays what it is (a regression past its limit), says who accepted it and where, and once the
 * run is recorded the new level is the baseline of the runs after it (levels.ts). No threshold
 * changes.
 */
import picomatch from 'picomatch';
import type { Decision, ScalingRow } from './types.js';

export interface Acceptance {
  /** A benchmark name glob ("*" for every benchmark). */
  pattern: string;
  /** Who accepted it: the commit's author or the label's pull request author. */
  by?: string;
  /** Where: "commit trailer", "label perf-accepted", "--accept". */
  source: string;
}

/** The `Perf-Accepted:` trailers of a commit message, each a comma- or space-separated list of globs. */
export function acceptedInMessage(message: string | undefined, by?: string): Acceptance[] {
  const out: Acceptance[] = [];
  for (const m of (message ?? '').matchAll(/^Perf-Accepted:[ \t]*(.+)$/gim))
    for (const pattern of m[1]!.split(/[\s,]+/).filter(Boolean))
      out.push({ pattern, ...(by ? { by } : {}), source: 'commit trailer Perf-Accepted' });
  return out;
}

/** The decision with the named rows accepted: they no longer fail, and say so. */
export function applyAcceptance(decision: Decision, accepted: readonly Acceptance[]): Decision {
  if (accepted.length === 0) return decision;
  const matchers = accepted.map((a) => ({ a, is: picomatch(a.pattern, { dot: true }) }));
  const taken: string[] = [];
  const results = decision.results.map((r) => {
    const pastLimit = r.fails || (r.enforced && r.status === 'inconclusive');
    const hit = pastLimit ? matchers.find((m) => m.is(r.benchmark)) : undefined;
    if (!hit) return r;
    taken.push(`${r.benchmark} (${r.metric})`);
    const who = hit.a.by ? ` by ${hit.a.by}` : '';
    return {
      ...r,
      fails: false,
      settled: true,
      accepted: { pattern: hit.a.pattern, source: hit.a.source, ...(hit.a.by ? { by: hit.a.by } : {}) },
      reason: `${r.reason} Accepted${who} (${hit.a.source}: ${hit.a.pattern}): it does not fail the check, and once recorded it is the level later runs are judged against.`,
    };
  });
  return {
    ...decision,
    results,
    verdict: results.some((r) => r.fails) ? 'fail' : 'pass',
    notes: taken.length
      ? [`Accepted changes: ${taken.join(', ')}.`, ...decision.notes]
      : [`Accepted patterns (${accepted.map((a) => a.pattern).join(', ')}) matched no row past its limit.`, ...decision.notes],
  };
}

/** Size families whose every benchmark an acceptance names: a steeper growth there does not fail either. */
export function acceptScaling(rows: readonly ScalingRow[], accepted: readonly Acceptance[]): ScalingRow[] {
  const matchers = accepted.map((a) => ({ a, is: picomatch(a.pattern, { dot: true }) }));
  return rows.map((s) => {
    const hit = s.fails ? matchers.find((m) => s.benchmarks.every((b) => m.is(b))) : undefined;
    if (!hit) return s;
    const who = hit.a.by ? ` by ${hit.a.by}` : '';
    return {
      ...s,
      fails: false,
      reason: `${s.reason} Accepted${who} (${hit.a.source}: ${hit.a.pattern}): it does not fail the check.`,
    };
  });
}
