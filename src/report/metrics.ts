/**
 * The Prometheus metrics contract (README "Prometheus and alerting"): one gauge family per metric key
 * in base units, the engine's change and verdict per row, and one info series per run — the only
 * place the commit sha appears. Built with prom-client, so the text is what Prometheus parses.
 */
import { Gauge, Registry, type RegistryContentType } from 'prom-client';
/** The Pushgateway client, for the channel that loads this module only when it pushes. */
export { Pushgateway } from 'prom-client';
import type { Decision } from '../analysis/decide.js';
import type { FlagEntry } from '../history/wire.js';
import type { Timeseries } from '../io/remote-write.js';
import type { ResultSet } from '../model.js';

export interface RunFacts {
  suite: string;
  /** Where it ran: the runner's OS and architecture, or a testbed name. */
  testbed: string;
  sha?: string;
  branch?: string;
  event?: string;
  /** When the run was measured (the last-run timestamp). */
  at: Date;
  /**
   * A stored run's verdict and flagged rows, for a run replayed from history (no decision at hand):
   * its regression series are 1 for the flagged regressions and 0 for every other figure.
   */
  recorded?: { verdict?: string; flagged?: readonly FlagEntry[] };
}

const UNIT_SUFFIX: Record<string, string> = {
  s: 'seconds',
  bytes: 'bytes',
  ratio: 'ratio',
  ns: 'nanoseconds',
  ms: 'milliseconds',
};
const sanitize = (s: string) =>
  s
    .replace(/[^a-zA-Z0-9_]/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '')
    .toLowerCase();

/** `causal_perf_<metric>_<unit>`: time → causal_perf_time_seconds, memory_peak → causal_perf_memory_peak_bytes. */
export function familyName(metric: string, unit: string): string {
  const base = sanitize(metric) || 'value';
  const suffix = UNIT_SUFFIX[unit] ?? sanitize(unit);
  return `causal_perf_${base}${suffix && !base.endsWith(`_${suffix}`) ? `_${suffix}` : ''}`;
}

export function metricsRegistry(
  results: ResultSet | undefined,
  decision: Decision | undefined,
  run: RunFacts,
  contentType?: RegistryContentType,
): Registry<RegistryContentType> {
  const registry = new Registry<RegistryContentType>();
  if (contentType) registry.setContentType(contentType);
  const testbed = run.testbed;
  const families = new Map<string, Gauge>();
  const gauge = (name: string, help: string, labelNames: string[]) => {
    let g = families.get(name);
    if (!g) {
      g = new Gauge({ name, help, labelNames, registers: [registry] });
      families.set(name, g);
    }
    return g;
  };
  const value = (metric: string, unit: string, benchmark: string, group: string | undefined, v: number | null) => {
    if (v === null || !Number.isFinite(v)) return;
    gauge(familyName(metric, unit), `The run's ${metric} per benchmark (${unit || 'no unit'}).`, [
      'suite',
      'benchmark',
      'group',
      'testbed',
    ]).set({ suite: run.suite, benchmark, group: group ?? '', testbed }, v);
  };
  // The decision's rows carry the head figures as judged (the run statistic); plain results their values.
  if (decision) for (const r of decision.results) value(r.metric, r.unit, r.benchmark, r.group, r.head);
  else
    for (const b of results?.benchmarks ?? [])
      for (const [key, m] of Object.entries(b.metrics)) value(key, m.unit, b.name, b.group, m.value);
  // Per row: the engine's change and whether it fails — from the decision, or replayed from a stored
  // run's flagged rows (a regression is 1, every other figure 0; the change only where it was kept).
  const flagged = new Map((run.recorded?.flagged ?? []).map((f) => [`${f.benchmark}\0${f.metric}`, f]));
  const rows: { benchmark: string; metric: string; ratio?: number | null; fails: boolean }[] = decision
    ? decision.results
    : run.recorded
      ? (results?.benchmarks ?? []).flatMap((b) =>
          Object.keys(b.metrics).map((metric) => {
            const f = flagged.get(`${b.name}\0${metric}`);
            return { benchmark: b.name, metric, ratio: f?.ratio, fails: f?.status === 'regression' };
          }),
        )
      : [];
  if (rows.length) {
    const labelNames = ['suite', 'benchmark', 'metric', 'testbed'];
    const change = gauge('causal_perf_change_ratio', "The engine's head ÷ baseline (runner-corrected) per row.", labelNames);
    const regression = gauge('causal_perf_regression', '1 when the row fails the check, else 0.', labelNames);
    for (const r of rows) {
      const labels = { suite: run.suite, benchmark: r.benchmark, metric: r.metric, testbed };
      if (r.ratio !== undefined && r.ratio !== null && Number.isFinite(r.ratio)) change.set(labels, r.ratio);
      regression.set(labels, r.fails ? 1 : 0);
    }
  }
  const verdict = decision?.verdict ?? run.recorded?.verdict ?? '';
  gauge('causal_perf_run_info', 'One series per run: the commit and verdict (the only place the sha appears).', [
    'suite',
    'testbed',
    'sha',
    'branch',
    'event',
    'verdict',
  ]).set(
    {
      suite: run.suite,
      testbed,
      sha: run.sha ?? '',
      branch: run.branch ?? '',
      event: run.event ?? '',
      verdict,
    },
    1,
  );
  gauge('causal_perf_run_failed', '1 when the run failed the check.', ['suite', 'testbed']).set(
    { suite: run.suite, testbed },
    verdict === 'fail' ? 1 : 0,
  );
  gauge('causal_perf_last_run_timestamp_seconds', 'When the run was measured (Unix seconds).', ['suite', 'testbed']).set(
    { suite: run.suite, testbed },
    Math.round(run.at.getTime() / 1000),
  );
  return registry;
}

/** OpenMetrics text (with `# EOF`), as `causal-perf export --format openmetrics` prints it. */
export function renderOpenMetrics(
  results: ResultSet | undefined,
  decision: Decision | undefined,
  run: RunFacts,
): Promise<string> {
  return metricsRegistry(results, decision, run, Registry.OPENMETRICS_CONTENT_TYPE).metrics();
}

/**
 * The same families as the exposition, as remote-write series stamped with one time (Unix ms): the
 * commit's time, so a long-term store holds the benchmark history on the commits' axis.
 */
export async function metricsTimeseries(
  results: ResultSet | undefined,
  decision: Decision | undefined,
  run: RunFacts,
  timestamp: number,
): Promise<Timeseries[]> {
  const out: Timeseries[] = [];
  for (const family of await metricsRegistry(results, decision, run).getMetricsAsJSON())
    for (const v of family.values) {
      const labels: Record<string, string> = { __name__: family.name };
      for (const key of Object.keys(v.labels).sort()) labels[key] = String(v.labels[key]);
      out.push({ labels, samples: [{ value: v.value, timestamp }] });
    }
  return out;
}

// Kept in a module without prom-client, so the action's start does not load it; re-exported here.
export { defaultTestbed, sampleTime } from './labels.js';
