/**
 * `causal-perf history changes`: change points in each benchmark's series on a branch and testbed,
 * with the commits where the level moved and whether the gate flagged any of them.
 */
import { changePoints } from '../analysis/changes.js';
import { testbedOf, type HistoryStore, type RunRecord } from '../history/types.js';

export interface Change {
  suite: string;
  benchmark: string;
  metric: string;
  testbed: string;
  /** The last commit at the old level, and the first at the new one. */
  from_sha: string;
  to_sha: string;
  /** When the first commit at the new level was recorded. */
  at: string;
  before: number;
  after: number;
  ratio: number;
  interval: [number, number];
  flagged_by_gate: boolean;
}

export async function findChanges(
  store: HistoryStore,
  suites: string[],
  options: { branch?: string; limit?: number } = {},
): Promise<Change[]> {
  const changes: Change[] = [];
  for (const suite of suites) {
    const runs = await store.load({ suite, branch: options.branch, limit: options.limit ?? 100_000 });
    const series = new Map<
      string,
      { benchmark: string; metric: string; testbed: string; points: { value: number; run: RunRecord }[] }
    >();
    for (const run of runs)
      for (const b of run.results.benchmarks)
        for (const [metric, m] of Object.entries(b.metrics)) {
          const testbed = testbedOf(run) ?? '';
          const key = `${b.name}\u0000${metric}\u0000${testbed}`;
          const s = series.get(key) ?? { benchmark: b.name, metric, testbed, points: [] };
          if (Number.isFinite(m.value)) s.points.push({ value: m.value, run });
          series.set(key, s);
        }
    for (const s of series.values()) {
      for (const c of changePoints(s.points.map((p) => p.value))) {
        const moved = s.points.slice(c.from + 1, c.to + 1);
        changes.push({
          suite,
          benchmark: s.benchmark,
          metric: s.metric,
          testbed: s.testbed,
          from_sha: s.points[c.from]?.run.commit.sha ?? '',
          to_sha: s.points[c.to]?.run.commit.sha ?? '',
          at: s.points[c.to]?.run.recordedAt ?? '',
          before: c.before,
          after: c.after,
          ratio: c.ratio,
          interval: c.interval,
          flagged_by_gate: moved.some((p) =>
            (p.run.flagged ?? []).some(
              (f) =>
                f.benchmark === s.benchmark && f.metric === s.metric && (f.status === 'regression' || f.status === 'below-floor'),
            ),
          ),
        });
      }
    }
  }
  return changes.sort((a, b) => b.at.localeCompare(a.at));
}
