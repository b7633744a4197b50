import type { Rules } from '../config.js';
import type { Metric, ResultSet } from '../model.js';
import { runStatistic } from './series.js';
import { madSigma } from './stats.js';

/**
 * A run as history keeps it: each metric's run statistic (the rules' `statistic`), its spread and its
 * sample count in place of the raw samples. The pipeline compacts before it records, so the stores
 * only store and never compute statistics.
 */
export function compactResults(results: ResultSet, statistic: Rules['statistic'] = 'mean'): ResultSet {
  return {
    ...results,
    benchmarks: results.benchmarks.map((b) => ({
      ...b,
      metrics: Object.fromEntries(
        Object.entries(b.metrics).map(([key, m]): [string, Metric] => {
          if (!m.samples || m.samples.length < 3) return [key, m];
          const { samples, ...rest } = m;
          return [key, { ...rest, value: runStatistic(m, statistic), stddev: madSigma(samples), n: samples.length }];
        }),
      ),
    })),
  };
}
